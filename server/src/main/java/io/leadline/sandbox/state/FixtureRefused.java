package io.leadline.sandbox.state;

import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;

/** A fixture item the API refused, or a reference to nothing: 400 naming the item by its path in the file. */
final class FixtureRefused {

    private FixtureRefused() {}

    static ApiException at(String path, String why) {
        return new ApiException(ErrorCode.INVALID_PARAMETER, "fixtures " + path + ": " + why);
    }
}
