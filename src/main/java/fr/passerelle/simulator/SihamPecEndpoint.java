package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.Adresse;
import fr.passerelle.contract.siham.dossieragent.Affectation;
import fr.passerelle.contract.siham.dossieragent.Contrat;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnelles;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnellesAgent;
import fr.passerelle.contract.siham.dossieragent.ModaliteService;
import fr.passerelle.contract.siham.dossieragent.Nationalite;
import fr.passerelle.contract.siham.dossieragent.NumeroMail;
import fr.passerelle.contract.siham.dossieragent.PositionAdministrative;
import fr.passerelle.contract.siham.dossieragent.Statut;
import fr.passerelle.contract.siham.pec.AnomalieWebService;
import fr.passerelle.contract.siham.pec.CoordonneeBancaire;
import fr.passerelle.contract.siham.pec.CoordonneePostale;
import fr.passerelle.contract.siham.pec.NationalitePEC;
import fr.passerelle.contract.siham.pec.NumeroTelephoneFax;
import fr.passerelle.contract.siham.pec.PECWebService;
import fr.passerelle.contract.siham.pec.ParamAnnulationRenouvellement;
import fr.passerelle.contract.siham.pec.ParamModificationDatePEC;
import fr.passerelle.contract.siham.pec.ParamPEC;
import fr.passerelle.contract.siham.pec.ParamRenouvellement;
import fr.passerelle.contract.siham.pec.PositionPEC;
import fr.passerelle.contract.siham.pec.ResultatPEC;
import fr.passerelle.contract.siham.pec.StatutPEC;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The simulated PECWebService. Taking an agent on creates an agent file in the simulator, with a new matricule, an
 * assignment to the given unit and a contract, fixed-term when the request gives an end. Renewals, date changes and
 * cancellations change that file. Each request is checked first, and every anomaly found is returned with the status
 * ERREUR_GENERALE.
 */
final class SihamPecEndpoint implements PECWebService {

    static final String SUCCESS = "MAJ OK";
    static final String FAILURE = "ERREUR_GENERALE";

    private static final Logger LOG = LoggerFactory.getLogger(SihamPecEndpoint.class);
    private static final Set<String> CIVILITES = Set.of("M", "MME", "MLLE");

    private final SihamSimulator simulator;

    SihamPecEndpoint(SihamSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public ResultatPEC priseEnChargeAgent(ParamPEC request) {
        return handle("PriseEnChargeAgent", request, this::takeOn);
    }

    @Override
    public ResultatPEC renouvellementAgent(ParamRenouvellement request) {
        return handle("RenouvellementAgent", request, this::renew);
    }

    @Override
    public ResultatPEC modificationDatePEC(ParamModificationDatePEC request) {
        return handle("ModificationDatePEC", request, this::moveStart);
    }

    @Override
    public ResultatPEC annulationRenouvellement(ParamAnnulationRenouvellement request) {
        return handle("AnnulationRenouvellement", request, this::cancelRenewal);
    }

    private <T> ResultatPEC handle(String operation, T request, Function<T, ResultatPEC> body) {
        synchronized (simulator.lock) {
            ResultatPEC result = request == null ? failure(null, List.of("Missing request parameter"))
                    : body.apply(request);
            simulator.recordPecRequest(operation, request, result);
            if (!SUCCESS.equals(result.getStatut())) {
                LOG.warn("SIHAM simulator rejected {} for agent {}: {} anomalies", operation, result.getMatricule(),
                        result.getListeAnomaliesWebServices().size());
            }
            return result;
        }
    }

    private ResultatPEC takeOn(ParamPEC request) {
        List<String> anomalies = new ArrayList<>();
        if (request.getCivilite() == null || !CIVILITES.contains(request.getCivilite())) {
            anomalies.add("Invalid civilite '" + request.getCivilite() + "': expected M, MME or MLLE");
        }
        required(anomalies, "nomPatronymique", request.getNomPatronymique());
        required(anomalies, "prenom", request.getPrenom());
        LocalDate birthDate = date(anomalies, "dateNaissance", request.getDateNaissance(), true);
        LocalDate hired = date(anomalies, "dateEmbauche", request.getDateEmbauche(), true);
        LocalDate end = date(anomalies, "dateFinContrat", request.getDateFinContrat(), false);
        if (hired != null && end != null && end.isBefore(hired)) {
            anomalies.add("Invalid dateFinContrat " + end + ": before dateEmbauche " + hired);
        }
        if (!"1".equals(request.getSexe()) && !"2".equals(request.getSexe())) {
            anomalies.add("Invalid sexe '" + request.getSexe() + "': expected 1 (man) or 2 (woman)");
        }
        knownUnit(anomalies, request.getUO(), true);
        knownJob(anomalies, request.getEmploi());
        if (birthDate != null && request.getNomPatronymique() != null && request.getPrenom() != null) {
            simulator.agentsByMatricule().values().stream()
                    .filter(agent -> isSamePerson(agent.personal().getDonneesPersonnelles(), request))
                    .findFirst()
                    .ifPresent(agent -> anomalies.add("Agent already taken on with matricule " + agent.matricule()
                            + ": renew that file instead"));
        }
        if (!anomalies.isEmpty()) {
            return failure(null, anomalies);
        }
        String matricule = simulator.nextMatricule();
        simulator.addAgent(new SihamSampleAgent(LocalDateTime.MIN, personal(matricule, request),
                administrative(matricule, request, hired, end), null));
        LOG.info("SIHAM simulator took on agent {}", matricule);
        return success(matricule);
    }

    private ResultatPEC renew(ParamRenouvellement request) {
        List<String> anomalies = new ArrayList<>();
        SihamSampleAgent agent = knownAgent(anomalies, request.getMatricule());
        LocalDate start = date(anomalies, "dateDebutRenouvellement", request.getDateDebutRenouvellement(), true);
        LocalDate end = date(anomalies, "dateFinRenouvellement", request.getDateFinRenouvellement(), false);
        if (start != null && end != null && end.isBefore(start)) {
            anomalies.add("Invalid dateFinRenouvellement " + end + ": before dateDebutRenouvellement " + start);
        }
        knownUnit(anomalies, request.getUO(), false);
        knownJob(anomalies, request.getEmploi());
        Contrat last = agent == null ? null : lastContract(agent.administrative());
        if (agent != null && last == null) {
            anomalies.add("Agent " + agent.matricule() + " has no contract to renew");
        }
        if (last != null && start != null) {
            String lastEnd = effectiveEnd(last);
            if (lastEnd == null) {
                anomalies.add("The contract of agent " + request.getMatricule() + " is open-ended and cannot be"
                        + " renewed");
            } else if (!start.isAfter(LocalDate.parse(lastEnd))) {
                anomalies.add("Invalid dateDebutRenouvellement " + start + ": the current contract ends on "
                        + lastEnd);
            }
        }
        if (!anomalies.isEmpty()) {
            return failure(request.getMatricule(), anomalies);
        }
        SihamSampleAgent copy = SihamSamples.copy(agent);
        DonneesAdministrativesAgent administrative = copy.administrative();
        Contrat renewal = contract(last.getCodeTypeContrat(), start, end);
        administrative.getListeContrats().add(renewal);
        String unit = request.getUO() != null ? request.getUO() : lastHierarchicalUnit(administrative);
        administrative.getListeAffectations().add(affectation(unit, start, end));
        for (StatutPEC statut : request.getListeStatuts()) {
            administrative.getListeStatuts().add(statut(statut.getStatut(), statut.getDateEffetStatut()));
        }
        for (fr.passerelle.contract.siham.pec.ModaliteService modalite : request.getListeModalitesServices()) {
            administrative.getListeModalitesServices().add(modalite(modalite));
        }
        if (!request.getListeCoordonneesbancaires().isEmpty()) {
            LOG.info("SIHAM simulator left the bank details of agent {} unchanged on renewal, as SIHAM does",
                    request.getMatricule());
        }
        simulator.replaceAgent(copy);
        return success(request.getMatricule());
    }

    private ResultatPEC moveStart(ParamModificationDatePEC request) {
        List<String> anomalies = new ArrayList<>();
        SihamSampleAgent agent = knownAgent(anomalies, request.getMatricule());
        LocalDate oldDate = date(anomalies, "ancienneDatePEC", request.getAncienneDatePEC(), true);
        LocalDate newDate = date(anomalies, "nouvelleDatePEC", request.getNouvelleDatePEC(), true);
        Contrat first = agent == null ? null : firstContract(agent.administrative());
        if (agent != null && oldDate != null && (first == null || !oldDate.toString().equals(
                first.getDateDebutContrat()))) {
            anomalies.add("Agent " + agent.matricule() + " was not taken on on " + oldDate);
        }
        if (first != null && newDate != null && effectiveEnd(first) != null
                && newDate.isAfter(LocalDate.parse(effectiveEnd(first)))) {
            anomalies.add("Invalid nouvelleDatePEC " + newDate + ": after the end of the first contract "
                    + effectiveEnd(first));
        }
        if (!anomalies.isEmpty()) {
            return failure(request.getMatricule(), anomalies);
        }
        SihamSampleAgent copy = SihamSamples.copy(agent);
        DonneesAdministrativesAgent administrative = copy.administrative();
        String from = oldDate.toString();
        String to = newDate.toString();
        administrative.getListeContrats().stream().filter(c -> from.equals(c.getDateDebutContrat()))
                .forEach(c -> c.setDateDebutContrat(to));
        administrative.getListeAffectations().stream().filter(a -> from.equals(a.getDateDebutAffectation()))
                .forEach(a -> a.setDateDebutAffectation(to));
        administrative.getListeStatuts().stream().filter(s -> from.equals(s.getDateEffetStatut()))
                .forEach(s -> s.setDateEffetStatut(to));
        simulator.replaceAgent(copy);
        return success(request.getMatricule());
    }

    private ResultatPEC cancelRenewal(ParamAnnulationRenouvellement request) {
        List<String> anomalies = new ArrayList<>();
        SihamSampleAgent agent = knownAgent(anomalies, request.getMatricule());
        LocalDate start = date(anomalies, "dateDebutRenouvellement", request.getDateDebutRenouvellement(), true);
        if (agent != null && start != null) {
            Contrat first = firstContract(agent.administrative());
            boolean renewalFound = agent.administrative().getListeContrats().stream()
                    .anyMatch(c -> start.toString().equals(c.getDateDebutContrat()) && c != first);
            if (!renewalFound) {
                anomalies.add("Agent " + agent.matricule() + " has no renewal starting on " + start);
            }
        }
        if (!anomalies.isEmpty()) {
            return failure(request.getMatricule(), anomalies);
        }
        SihamSampleAgent copy = SihamSamples.copy(agent);
        DonneesAdministrativesAgent administrative = copy.administrative();
        String day = start.toString();
        administrative.getListeContrats().removeIf(c -> day.equals(c.getDateDebutContrat()));
        administrative.getListeAffectations().removeIf(a -> day.equals(a.getDateDebutAffectation()));
        administrative.getListeStatuts().removeIf(s -> day.equals(s.getDateEffetStatut()));
        simulator.replaceAgent(copy);
        return success(request.getMatricule());
    }

    private static DonneesPersonnellesAgent personal(String matricule, ParamPEC request) {
        DonneesPersonnelles identity = new DonneesPersonnelles();
        identity.setMatricule(matricule);
        identity.setCivilite(request.getCivilite());
        identity.setNomPatronymique(request.getNomPatronymique().strip());
        identity.setNomUsuel(request.getNomUsuel() == null || request.getNomUsuel().isBlank()
                ? request.getNomPatronymique().strip() : request.getNomUsuel().strip());
        identity.setPrenom(request.getPrenom().strip());
        identity.setDateNaissance(request.getDateNaissance());
        identity.setVilleNaissance(request.getVilleNaissance());
        identity.setPaysNaissance(request.getPaysNaissance());
        identity.setNumeroInseeDefinitif(request.getNumeroInsee());
        identity.setCodeEtablissement(request.getCodeEtablissement());
        identity.setCodeAdministration(request.getCodeAdministration());
        if (!request.getListeCoordonneesbancaires().isEmpty()) {
            setIban(identity, request.getListeCoordonneesbancaires().get(0));
        }
        DonneesPersonnellesAgent personal = new DonneesPersonnellesAgent();
        personal.setDonneesPersonnelles(identity);
        for (CoordonneePostale postal : request.getListeCoordonneesPostales()) {
            Adresse address = new Adresse();
            address.setCodeTypologieAdresse(postal.getTypeAdresse() == null ? "TA01" : postal.getTypeAdresse());
            address.setDateDebutAdresse(request.getDateEmbauche());
            address.setNoVoieAdresse(postal.getNoVoie());
            address.setBisTerAdresse(postal.getBisTer());
            address.setNatureVoieAdresse(postal.getNatureVoie());
            address.setNomVoieAdresse(postal.getNomVoie());
            address.setComplementAdresse(postal.getComplementAdresse());
            address.setCodePostalAdresse(postal.getCodePostal());
            address.setBureauDistributeurAdresse(postal.getVille());
            address.setCodePaysISOAdresse(postal.getCodePays());
            personal.getListeAdresses().add(address);
        }
        for (NumeroTelephoneFax number : request.getListeNumerosTelephoneFax()) {
            NumeroMail entry = new NumeroMail();
            entry.setCodeTypologieNumeroMail(number.getTypeNumero());
            entry.setNumeroMail(number.getNumero());
            entry.setDateDebutTelephone(number.getDateDebutTel());
            personal.getListeNumerosMails().add(entry);
        }
        for (NationalitePEC nationality : request.getListeNationalites()) {
            Nationalite entry = new Nationalite();
            entry.setCodeNationalite(nationality.getNationalite());
            entry.setTemPrincipale(nationality.getTemPrincipale());
            personal.getListeNationalites().add(entry);
        }
        return personal;
    }

    private static DonneesAdministrativesAgent administrative(String matricule, ParamPEC request, LocalDate hired,
                                                              LocalDate end) {
        DonneesAdministrativesAgent administrative = new DonneesAdministrativesAgent();
        administrative.setMatricule(matricule);
        administrative.getListeAffectations().add(affectation(request.getUO(), hired, end));
        administrative.getListeContrats().add(contract(end == null ? "CDI" : "CDD", hired, end));
        if (request.getListeStatuts().isEmpty()) {
            administrative.getListeStatuts().add(statut("CONT", hired.toString()));
        }
        for (StatutPEC statut : request.getListeStatuts()) {
            administrative.getListeStatuts().add(statut(statut.getStatut(), statut.getDateEffetStatut()));
        }
        for (fr.passerelle.contract.siham.pec.ModaliteService modalite : request.getListeModalitesServices()) {
            administrative.getListeModalitesServices().add(modalite(modalite));
        }
        for (PositionPEC position : request.getListePositions()) {
            PositionAdministrative entry = new PositionAdministrative();
            entry.setCodePosition(position.getPosition());
            entry.setDateDebutPosition(position.getDateEffetPosition());
            administrative.getListePositionsAdministratives().add(entry);
        }
        return administrative;
    }

    /** Splits the IBAN in groups of four characters, as DossierAgentWebService returns it. */
    private static void setIban(DonneesPersonnelles identity, CoordonneeBancaire bank) {
        String iban = bank.getIBAN() == null ? "" : bank.getIBAN().replace(" ", "").toUpperCase(Locale.ROOT);
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < iban.length() && groups.size() < 9; i += 4) {
            groups.add(iban.substring(i, Math.min(iban.length(), i + 4)));
        }
        while (groups.size() < 9) {
            groups.add(null);
        }
        identity.setIBAN1CoordBanc(groups.get(0));
        identity.setIBAN2CoordBanc(groups.get(1));
        identity.setIBAN3CoordBanc(groups.get(2));
        identity.setIBAN4CoordBanc(groups.get(3));
        identity.setIBAN5CoordBanc(groups.get(4));
        identity.setIBAN6CoordBanc(groups.get(5));
        identity.setIBAN7CoordBanc(groups.get(6));
        identity.setIBAN8CoordBanc(groups.get(7));
        identity.setIBAN9CoordBanc(groups.get(8));
        identity.setCodeBanqueCoordBanc(bank.getCodeBanque());
    }

    private static Affectation affectation(String unit, LocalDate start, LocalDate end) {
        Affectation affectation = new Affectation();
        affectation.setCodeUOAffectation(unit);
        affectation.setDateDebutAffectation(start.toString());
        affectation.setDateFinAffectation(end == null ? null : end.toString());
        affectation.setQuotiteAffectation(BigDecimal.valueOf(100));
        affectation.setCodeTypeAffectation("HIE");
        affectation.setTemValidite("O");
        return affectation;
    }

    private static Contrat contract(String type, LocalDate start, LocalDate end) {
        Contrat contrat = new Contrat();
        contrat.setCodeTypeContrat(type);
        contrat.setDateDebutContrat(start.toString());
        contrat.setDateFinPrevueContrat(end == null ? null : end.toString());
        return contrat;
    }

    private static Statut statut(String code, String start) {
        Statut statut = new Statut();
        statut.setStatut(code);
        statut.setDateEffetStatut(start);
        return statut;
    }

    private static ModaliteService modalite(fr.passerelle.contract.siham.pec.ModaliteService modalite) {
        ModaliteService entry = new ModaliteService();
        entry.setModalite(modalite.getModalite());
        entry.setDateEffetModalite(modalite.getDateEffetModalite());
        return entry;
    }

    private static Contrat firstContract(DonneesAdministrativesAgent administrative) {
        return administrative.getListeContrats().stream()
                .min(Comparator.comparing(Contrat::getDateDebutContrat)).orElse(null);
    }

    private static Contrat lastContract(DonneesAdministrativesAgent administrative) {
        return administrative.getListeContrats().stream()
                .max(Comparator.comparing(Contrat::getDateDebutContrat)).orElse(null);
    }

    private static String effectiveEnd(Contrat contrat) {
        return contrat.getDateFinReelleContrat() != null ? contrat.getDateFinReelleContrat()
                : contrat.getDateFinPrevueContrat();
    }

    private static String lastHierarchicalUnit(DonneesAdministrativesAgent administrative) {
        return administrative.getListeAffectations().stream()
                .filter(a -> "HIE".equals(a.getCodeTypeAffectation()) && !"N".equals(a.getTemValidite()))
                .max(Comparator.comparing(Affectation::getDateDebutAffectation))
                .map(Affectation::getCodeUOAffectation)
                .orElse(null);
    }

    private static boolean isSamePerson(DonneesPersonnelles identity, ParamPEC request) {
        return request.getNomPatronymique().strip().equalsIgnoreCase(Objects.requireNonNullElse(
                identity.getNomPatronymique(), identity.getNomUsuel()))
                && request.getPrenom().strip().equalsIgnoreCase(identity.getPrenom())
                && request.getDateNaissance().equals(identity.getDateNaissance());
    }

    private SihamSampleAgent knownAgent(List<String> anomalies, String matricule) {
        SihamSampleAgent agent = matricule == null ? null : simulator.agentsByMatricule().get(matricule);
        if (agent == null) {
            anomalies.add("Unknown matricule '" + matricule + "'");
        }
        return agent;
    }

    private void knownUnit(List<String> anomalies, String unit, boolean required) {
        if (unit == null || unit.isBlank()) {
            if (required) {
                anomalies.add("Missing UO");
            }
        } else if (!simulator.structuresByCode().containsKey(unit)) {
            anomalies.add("Unknown UO '" + unit + "'");
        }
    }

    private void knownJob(List<String> anomalies, String job) {
        if (job == null || job.isBlank()) {
            return;
        }
        boolean known = simulator.nomenclatures().stream().map(SihamSampleNomenclature::entry)
                .anyMatch(entry -> SihamNomenclaturePecEndpoint.JOBS.equals(entry.getCodeRepertoire())
                        && job.equals(entry.getCodeNomenclature()));
        if (!known) {
            anomalies.add("Unknown emploi '" + job + "': see RecupEmploi");
        }
    }

    private static void required(List<String> anomalies, String field, String value) {
        if (value == null || value.isBlank()) {
            anomalies.add("Missing " + field);
        }
    }

    private static LocalDate date(List<String> anomalies, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                anomalies.add("Missing " + field);
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            anomalies.add("Invalid " + field + " '" + value + "': expected YYYY-MM-DD");
            return null;
        }
    }

    private static ResultatPEC success(String matricule) {
        ResultatPEC result = new ResultatPEC();
        result.setStatut(SUCCESS);
        result.setMatricule(matricule);
        return result;
    }

    private static ResultatPEC failure(String matricule, List<String> anomalies) {
        ResultatPEC result = new ResultatPEC();
        result.setStatut(FAILURE);
        result.setMatricule(matricule);
        for (String text : anomalies) {
            AnomalieWebService anomaly = new AnomalieWebService();
            anomaly.setAnomalie(text);
            result.getListeAnomaliesWebServices().add(anomaly);
        }
        return result;
    }
}
