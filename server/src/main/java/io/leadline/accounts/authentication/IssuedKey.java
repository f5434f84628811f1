package io.leadline.accounts.authentication;

import org.springframework.modulith.NamedInterface;

/** A credential just created, with its secret: the only moment the secret is ever shown. */
@NamedInterface("administration") // the console's administration pages read it
public record IssuedKey(Credential credential, String key) {}
