package io.leadline.accounts;

/** A credential just created, with its secret: the only moment the secret is ever shown. */
record IssuedKey(Credential credential, String key) {}
