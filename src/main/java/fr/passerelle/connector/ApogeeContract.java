package fr.passerelle.connector;

import java.util.Arrays;
import java.util.Optional;
import javax.xml.namespace.QName;

import fr.passerelle.contract.apogee.administratif.AdministratifMetierServiceInterface;
import fr.passerelle.contract.apogee.couverturesociale.CouvertureSocialeMetierServiceInterface;
import fr.passerelle.contract.apogee.creationse.CreationSEMetierServiceInterface;
import fr.passerelle.contract.apogee.droit.DroitMetierServiceInterface;
import fr.passerelle.contract.apogee.etablissement.EtablissementMetierServiceInterface;
import fr.passerelle.contract.apogee.etudiant.EtudiantMetierServiceInterface;
import fr.passerelle.contract.apogee.geographie.GeographieMetierServiceInterface;
import fr.passerelle.contract.apogee.infosetu.InfosEtuMetierServiceInterface;
import fr.passerelle.contract.apogee.interdit.InterditMetierServiceInterface;
import fr.passerelle.contract.apogee.laissezpasser.LaissezPasserMetierServiceInterface;
import fr.passerelle.contract.apogee.offreformation.OffreFormationMetierServiceInterface;
import fr.passerelle.contract.apogee.opi.OpiMetierServiceInterface;
import fr.passerelle.contract.apogee.pedagogique.PedagogiqueMetierServiceInterface;
import fr.passerelle.contract.apogee.pjopi.PjOpiMetierServiceInterface;
import fr.passerelle.contract.apogee.profession.ProfessionMetierServiceInterface;
import fr.passerelle.contract.apogee.referentiel.ReferentielMetierServiceInterface;
import fr.passerelle.contract.apogee.referentielpr.ReferentielPRMetierServiceInterface;
import fr.passerelle.contract.apogee.scolarite.ScolariteMetierServiceInterface;
import fr.passerelle.contract.apogee.these.TheseMetierServiceInterface;

/**
 * The Apogée 6.40 web-service contracts: names, namespaces and generated port types, as in {@code wsdl/apogee/}.
 *
 * <p>Every contract follows one naming pattern: service {@code <X>MetierServiceInterfaceService}, port
 * {@code <X>Metier} and binding {@code <X>MetierSoapBinding} in the namespace
 * {@code gouv.education.apogee.commun.servicesmetiers.<X>Metier[_date]-impl}, published under
 * {@code /services/<X>Metier}.
 */
public enum ApogeeContract {
    ADMINISTRATIF_METIER("AdministratifMetier", "AdministratifMetier", AdministratifMetierServiceInterface.class),
    COUVERTURE_SOCIALE_METIER("CouvertureSocialeMetier", "CouvertureSocialeMetier_06062012", CouvertureSocialeMetierServiceInterface.class),
    CREATION_SE_METIER("CreationSEMetier", "CreationSEMetier", CreationSEMetierServiceInterface.class),
    DROIT_METIER("DroitMetier", "DroitMetier", DroitMetierServiceInterface.class),
    ETABLISSEMENT_METIER("EtablissementMetier", "EtablissementMetier_22022013", EtablissementMetierServiceInterface.class),
    ETUDIANT_METIER("EtudiantMetier", "EtudiantMetier", EtudiantMetierServiceInterface.class),
    GEOGRAPHIE_METIER("GeographieMetier", "GeographieMetier_01082016", GeographieMetierServiceInterface.class),
    INFOS_ETU_METIER("InfosEtuMetier", "InfosEtuMetier_01062007", InfosEtuMetierServiceInterface.class),
    INTERDIT_METIER("InterditMetier", "InterditMetier", InterditMetierServiceInterface.class),
    LAISSEZ_PASSER_METIER("LaissezPasserMetier", "LaissezPasserMetier", LaissezPasserMetierServiceInterface.class),
    OFFRE_FORMATION_METIER("OffreFormationMetier", "OffreFormationMetier", OffreFormationMetierServiceInterface.class),
    OPI_METIER("OpiMetier", "OpiMetier", OpiMetierServiceInterface.class),
    PEDAGOGIQUE_METIER("PedagogiqueMetier", "PedagogiqueMetier", PedagogiqueMetierServiceInterface.class),
    PJ_OPI_METIER("PjOpiMetier", "PjOpiMetier", PjOpiMetierServiceInterface.class),
    PROFESSION_METIER("ProfessionMetier", "ProfessionMetier_05062007", ProfessionMetierServiceInterface.class),
    REFERENTIEL_METIER("ReferentielMetier", "ReferentielMetier_21062012", ReferentielMetierServiceInterface.class),
    REFERENTIEL_PR_METIER("ReferentielPRMetier", "ReferentielPRMetier_10082009", ReferentielPRMetierServiceInterface.class),
    SCOLARITE_METIER("ScolariteMetier", "ScolariteMetier", ScolariteMetierServiceInterface.class),
    THESE_METIER("TheseMetier", "TheseMetier_15062012", TheseMetierServiceInterface.class);

    private static final String NAMESPACE_PREFIX = "gouv.education.apogee.commun.servicesmetiers.";

    private final String contractName;
    private final String namespaceName;
    private final Class<?> serviceInterface;

    ApogeeContract(String contractName, String namespaceName, Class<?> serviceInterface) {
        this.contractName = contractName;
        this.namespaceName = namespaceName;
        this.serviceInterface = serviceInterface;
    }

    /** Contract name without date, for example {@code CouvertureSocialeMetier}. */
    public String contractName() {
        return contractName;
    }

    /** Namespace of the request and response elements, for example {@code ...CouvertureSocialeMetier_06062012}. */
    public String namespace() {
        return NAMESPACE_PREFIX + namespaceName;
    }

    /** Namespace of the binding, service and port. */
    public String implNamespace() {
        return namespace() + "-impl";
    }

    public QName serviceName() {
        return new QName(implNamespace(), contractName + "ServiceInterfaceService");
    }

    public QName portName() {
        return new QName(implNamespace(), contractName);
    }

    /** Generated port type interface. */
    public Class<?> serviceInterface() {
        return serviceInterface;
    }

    /** WSDL location on the classpath. */
    public String wsdlLocation() {
        return "classpath:wsdl/apogee/" + contractName + ".wsdl";
    }

    /** WSDL path under {@code wsdl/}, as the connector catalogue names it. */
    public String wsdlPath() {
        return "apogee/" + contractName + ".wsdl";
    }

    /** Path of the service below the base address of an Apogée server, for example {@code services/EtudiantMetier}. */
    public String servicePath() {
        return "services/" + contractName;
    }

    /** Configuration property of the endpoint address, for example {@code apogee.etudiant-metier.address}. */
    public String endpointProperty() {
        return "apogee." + name().toLowerCase().replace('_', '-') + ".address";
    }

    /** Finds a contract by its name, with or without the date suffix. */
    public static Optional<ApogeeContract> byName(String name) {
        String undated = name.replaceFirst("_\\d{8}$", "");
        return Arrays.stream(values()).filter(c -> c.contractName.equals(undated)).findFirst();
    }

    /** Finds the contract whose generated port type is {@code serviceInterface}. */
    public static ApogeeContract of(Class<?> serviceInterface) {
        return Arrays.stream(values())
                .filter(c -> c.serviceInterface.equals(serviceInterface))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Not an Apogée port type: " + serviceInterface.getName()));
    }
}
