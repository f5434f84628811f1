package io.leadline.merges;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /leadline/v1/duplicates/settings}: what a create that duplicates another lead does in this team. */
@RestController
@Tag(name = "Leadline merges")
class DuplicateSettingsController {

    private final DuplicateSettings settings;

    DuplicateSettingsController(DuplicateSettings settings) {
        this.settings = settings;
    }

    record DuplicateSettingsBody(@Nullable String onCreate) {}

    @Operation(summary = "What a create sharing an email or phone with an older lead does: keep both, or merge into the oldest")
    @GetMapping("/leadline/v1/duplicates/settings")
    DuplicateSettingsBody read(Caller caller) {
        return new DuplicateSettingsBody(settings.onCreate(caller.teamId()));
    }

    @Operation(summary = "Set what a create sharing an email or phone with an older lead does (owners and admins)")
    @PutMapping("/leadline/v1/duplicates/settings")
    @Transactional
    DuplicateSettingsBody write(Caller caller, @RequestBody(required = false) @Nullable DuplicateSettingsBody body) {
        caller.requireManagesTeam("sets what duplicates do");
        String choice = body == null || body.onCreate() == null ? null : body.onCreate().trim().toLowerCase(Locale.ROOT);
        if (choice == null || !DuplicateSettings.CHOICES.contains(choice)) {
            throw ApiException.invalidField("onCreate", "must be one of " + DuplicateSettings.CHOICES
                    + (choice == null ? "" : ", not '" + body.onCreate() + "'"));
        }
        settings.setOnCreate(caller.teamId(), choice);
        return new DuplicateSettingsBody(choice);
    }
}
