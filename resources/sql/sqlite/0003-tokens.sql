-- Bearer tokens of paired terminals and scripted clients. Only the SHA-256 of a token is kept: a copy of
-- the database does not let anyone in. A revoked token stays, so its name is not reused by mistake.

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'organizer', 'admin', 'channel')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at_ms BIGINT NOT NULL,
    revoked_at_ms BIGINT
);

-- One-time pairing codes: the host shows one, a new terminal trades it for a token of the code's role.
-- Short-lived and used once; only the SHA-256 of the code is kept.
CREATE TABLE pairing_codes (
    code_hash TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'organizer', 'admin', 'channel')),
    created_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    used_at_ms BIGINT,
    token_name TEXT
);
