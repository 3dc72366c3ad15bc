-- Content hashes of the files each file exchange has delivered, so the same file dropped twice is not sent again.
-- Written in the SQL common to H2 and PostgreSQL.
CREATE TABLE file_seen (
    exchange_id       VARCHAR(120) NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    records_delivered BIGINT       NOT NULL,
    records_rejected  BIGINT       NOT NULL,
    delivered_as      VARCHAR(255),
    seen_at           TIMESTAMP    NOT NULL,
    CONSTRAINT pk_file_seen PRIMARY KEY (exchange_id, sha256)
);
