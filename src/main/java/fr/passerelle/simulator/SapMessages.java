package fr.passerelle.simulator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The BAPIRET2 rows a simulated SIFAC function module returns in RETURN, built from the ZPASS message class, and
 * written into the RETURN table of any generated SIFAC package.
 */
final class SapMessages {

    static final String MESSAGE_CLASS = "ZPASS";

    /** The messages of the ZPASS class: number, type and text, with &1 to &4 replaced by the variables. */
    enum Text {
        REQUIRED_PARAMETER("001", "E", "Le paramètre &1 est obligatoire"),
        UNKNOWN_FM_AREA("002", "E", "Le périmètre financier &1 n'existe pas"),
        UNKNOWN_CONTROLLING_AREA("003", "E", "La zone de contrôle de gestion &1 n'existe pas"),
        INVALID_DATE("004", "E", "La date &1 du champ &2 n'est pas valide : AAAA-MM-JJ attendu"),
        UNKNOWN_COMPANY_CODE("005", "A", "La société &1 n'existe pas : traitement interrompu"),
        REQUIRED_FIELD("006", "E", "Le champ &1 est obligatoire"),
        UNKNOWN_FINANCIAL_CENTRE("007", "E", "Le centre financier &1 n'est pas valide dans le périmètre &2"),
        NOT_A_REVENUE_ACCOUNT("008", "E", "Le compte budgétaire &1 n'est pas un compte de recette"),
        UNKNOWN_BUDGET_ACCOUNT("009", "E", "Le compte budgétaire &1 n'existe pas pour l'exercice &2"),
        UNKNOWN_FUNCTIONAL_AREA("010", "E", "Le domaine fonctionnel &1 n'existe pas"),
        UNKNOWN_FUND("011", "E", "Le fonds &1 n'est pas valide dans le périmètre &2"),
        UNKNOWN_COST_CENTRE("012", "E", "Le centre de coût &1 n'existe pas dans la zone &2"),
        AMOUNT_NOT_POSITIVE("013", "E", "Le montant du poste &1 doit être positif"),
        UNKNOWN_TAX_CODE("014", "E", "Le code TVA &1 n'existe pas"),
        DUPLICATE_REFERENCE("015", "E", "La référence &1 est déjà comptabilisée dans la pièce &2"),
        UNKNOWN_CUSTOMER("016", "E", "Le client &1 n'existe pas dans la société &2"),
        NO_ITEMS("017", "E", "La facture ne contient aucun poste"),
        INVALID_IBAN("018", "E", "L'IBAN de l'agent &1 n'est pas valide"),
        DUPLICATE_AGENT("019", "E", "L'agent de matricule &1 existe déjà sous le fournisseur &2"),
        UNKNOWN_AGENT("020", "E", "L'agent &1 n'existe pas"),
        TOO_LONG("021", "E", "Le champ &1 dépasse &2 caractères"),
        VALUE_NOT_ALLOWED("022", "E", "La valeur &1 du champ &2 n'est pas permise"),
        INVALID_YEAR("023", "E", "L'exercice &1 n'est pas valide"),
        NO_ACCOUNTS_FOR_YEAR("024", "E", "Aucun compte budgétaire pour l'exercice &1"),
        VENDOR_OF_OTHER_AGENT("025", "E", "Le fournisseur &1 n'appartient pas à l'agent &2"),
        INVALID_PERIOD("026", "E", "La date de fin &1 précède la date de début &2"),
        INVOICE_POSTED("030", "S", "Pièce &1 comptabilisée dans la société &2 pour l'exercice &3"),
        AGENT_CREATED("031", "S", "Agent &1 créé sous le fournisseur &2"),
        AGENT_MODIFIED("032", "S", "Agent &1 modifié"),
        NO_AGENTS("040", "E", "Aucun agent transmis"),
        ROWS_READ("060", "S", "&1 lignes lues");

        final String number;
        final String type;
        final String template;

        Text(String number, String type, String template) {
            this.number = number;
            this.type = type;
            this.template = template;
        }
    }

    private record Row(String type, String number, String message, String[] variables, String parameter, int row,
                       String field) {
    }

    private final String system;
    private final List<Row> rows = new ArrayList<>();

    /** Messages issued by the logical system {@code system}, for example SIFCLNT100. */
    SapMessages(String system) {
        this.system = system;
    }

    /** Adds a message about the whole call. */
    SapMessages add(Text text, String... variables) {
        return add(text, "", 0, "", variables);
    }

    /** Adds a message about a field of a parameter; {@code row} counts table rows from 1, 0 for a structure. */
    SapMessages add(Text text, String parameter, int row, String field, String... variables) {
        String message = text.template;
        for (int i = 0; i < variables.length; i++) {
            message = message.replace("&" + (i + 1), variables[i] == null ? "" : variables[i]);
        }
        rows.add(new Row(text.type, text.number, message, variables, parameter, row, field));
        return this;
    }

    /** Returns true if a row of type E or A was added. */
    boolean failed() {
        return rows.stream().anyMatch(row -> "E".equals(row.type()) || "A".equals(row.type()));
    }

    /** Returns true if a row of type A was added. */
    boolean aborted() {
        return rows.stream().anyMatch(row -> "A".equals(row.type()));
    }

    /** Keeps only the abort rows, as SAP returns nothing else once it stops a call. */
    void keepAbortOnly() {
        rows.removeIf(row -> !"A".equals(row.type()));
    }

    /**
     * Writes the rows into a new RETURN table of a generated package. Tables and rows differ by package but have the
     * same setters, which are called by name.
     */
    <T, R> T table(Supplier<T> newTable, Function<T, List<R>> items, Supplier<R> newRow) {
        T table = newTable.get();
        for (Row row : rows) {
            R item = newRow.get();
            set(item, "setTYPE", row.type());
            set(item, "setID", MESSAGE_CLASS);
            set(item, "setNUMBER", row.number());
            set(item, "setMESSAGE", row.message());
            set(item, "setLOGNO", "");
            set(item, "setLOGMSGNO", "000000");
            for (int i = 0; i < 4; i++) {
                set(item, "setMESSAGEV" + (i + 1), i < row.variables().length ? row.variables()[i] : "");
            }
            set(item, "setPARAMETER", row.parameter());
            setRow(item, row.row());
            set(item, "setFIELD", row.field());
            set(item, "setSYSTEM", system);
            items.apply(table).add(item);
        }
        return table;
    }

    private static void set(Object item, String setter, String value) {
        invoke(item, setter, String.class, value);
    }

    private static void setRow(Object item, int row) {
        invoke(item, "setROW", Integer.class, row);
    }

    private static void invoke(Object item, String setter, Class<?> type, Object value) {
        try {
            Method method = item.getClass().getMethod(setter, type);
            method.invoke(item, value);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(item.getClass().getName() + " is not a BAPIRET2 row: " + setter
                    + " failed", e);
        }
    }
}
