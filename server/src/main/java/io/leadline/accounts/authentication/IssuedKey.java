package io.leadline.accounts.authentication;

/** A credential just created, with its secret: the only moment the secret is ever shown. */
public record IssuedKey(Credential credential, String key) {}
