package io.leadline.people;

import io.leadline.startup.OperatorCommand;
import io.leadline.web.ApiException;
import java.io.PrintStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code admin erase --team=ID --email=ADDRESS | --phone=NUMBER}: an erasure for an operator, as the API makes one. */
@Component
@ConditionalOnProperty(name = "leadline.operator.command", havingValue = "true")
class EraseCommand implements OperatorCommand {

    private static final PersonErasures.ErasedBy OPERATOR = new PersonErasures.ErasedBy(null, null, "operator command");

    private final PeopleService people;

    EraseCommand(PeopleService people) {
        this.people = people;
    }

    @Override
    public String verb() {
        return "erase";
    }

    @Override
    public String usage() {
        return "erase --team=<team id> --email=<address> | --phone=<number>   erase a person's data";
    }

    @Override
    public int run(ApplicationArguments args, PrintStream out) {
        @Nullable String team = option(args, "team");
        if (team == null) {
            System.err.println("erase needs --team=<team id> (see: admin teams) and --email=<address> or --phone=<number>");
            return 2;
        }
        Person person;
        try {
            person = Person.named(option(args, "email"), option(args, "phone"));
        } catch (ApiException e) {
            System.err.println("erase: " + e.getMessage());
            return 2;
        }
        long teamId = Long.parseLong(team);
        PersonErasures.Erasure erasure = people.erase(teamId, person, OPERATOR);
        out.printf("team %d: erasure %d, %d lead(s) %s; rows: %s%n", teamId, erasure.erasureId(), erasure.leads().size(),
                erasure.leads(), erasure.rowsErased());
        return 0;
    }

    private static @Nullable String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
