-- Secrets every node must agree on (the scroll-token signing key), made once by whichever node needs one first.
CREATE TABLE server_secrets (
    name       VARCHAR(64)              PRIMARY KEY,
    secret     VARCHAR(128)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
