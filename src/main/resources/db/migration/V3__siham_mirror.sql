-- Mirror tables: the agents an HR product publishes, one row per agent and one per assignment and contract, so that
-- local applications query HR data in SQL without calling SIHAM. The columns mix SIHAM and Harpège identifiers, as
-- both products' mirrors do. Written in the SQL common to H2 and PostgreSQL.
CREATE TABLE mirror_agent (
    matricule           VARCHAR(20)  NOT NULL PRIMARY KEY,
    siham_matricule     VARCHAR(20),
    harpege_number      VARCHAR(20),
    apogee_staff_code   VARCHAR(20),
    gender              VARCHAR(10),
    usual_name          VARCHAR(100) NOT NULL,
    birth_name          VARCHAR(100),
    first_name          VARCHAR(100) NOT NULL,
    birth_date          DATE,
    professional_email  VARCHAR(200),
    corps               VARCHAR(20),
    grade               VARCHAR(20),
    echelon             VARCHAR(10),
    category            VARCHAR(10),
    teacher_researcher  BOOLEAN      NOT NULL,
    hosted              BOOLEAN      NOT NULL,
    status              VARCHAR(20),
    activity_start      DATE,
    activity_end        DATE,
    version             CHAR(64)     NOT NULL,
    updated_at          TIMESTAMP    NOT NULL
);

CREATE TABLE mirror_assignment (
    matricule   VARCHAR(20)   NOT NULL,
    position    INTEGER       NOT NULL,
    structure   VARCHAR(20)   NOT NULL,
    start_date  DATE,
    end_date    DATE,
    share       DECIMAL(7, 2),
    principal   BOOLEAN       NOT NULL,
    CONSTRAINT pk_mirror_assignment PRIMARY KEY (matricule, position)
);

CREATE TABLE mirror_contract (
    matricule    VARCHAR(20) NOT NULL,
    position     INTEGER     NOT NULL,
    type         VARCHAR(20),
    start_date   DATE,
    planned_end  DATE,
    actual_end   DATE,
    is_current   BOOLEAN     NOT NULL,
    CONSTRAINT pk_mirror_contract PRIMARY KEY (matricule, position)
);
