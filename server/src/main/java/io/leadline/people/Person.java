package io.leadline.people;

import io.leadline.web.ApiException;
import org.jspecify.annotations.Nullable;

/** Whom a request names: by one email or one phone ({@code list} is the lead list it is held in). */
record Person(String list, String value) {

    static Person named(@Nullable String email, @Nullable String phone) {
        boolean byEmail = email != null && !email.isBlank();
        boolean byPhone = phone != null && !phone.isBlank();
        if (byEmail == byPhone) {
            throw ApiException.invalidField("email", byEmail ? "and phone were both given: name the person by one of them"
                    : "or phone is required: the person's address");
        }
        return byEmail ? new Person("email", email.trim()) : new Person("phone", phone.trim());
    }
}
