package io.leadline.accounts.directory;

import io.leadline.accounts.Member;
import io.leadline.accounts.authentication.Credential;
import io.leadline.accounts.authentication.CredentialRepository;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lofty's vendor list, in Leadline's terms: the API clients the team has let in, one per working credential (not
 * revoked, not expired, its member active). The credential's name is the vendor's name; the member it acts as gives
 * the contact details and role.
 */
@Service
class Vendors {

    private final CredentialRepository credentials;
    private final UserRepository users;
    private final CompanyRepository companies;
    private final TeamRepository teams;
    private final Clock clock;

    Vendors(CredentialRepository credentials, UserRepository users, CompanyRepository companies, TeamRepository teams, Clock clock) {
        this.credentials = credentials;
        this.users = users;
        this.companies = companies;
        this.teams = teams;
        this.clock = clock;
    }

    /** Lofty's {@code VendorInfo}. */
    record VendorInfo(
            long id,
            long agentUserId,
            String firstName,
            String lastName,
            @Nullable String phoneNumber,
            String phoneCode,
            String phoneCountry,
            String email,
            String roleName,
            String companyName,
            String companyAddress) {}

    @Transactional(readOnly = true)
    List<VendorInfo> list(Caller caller) {
        Ranks.requireManager(caller, ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Credential> working = credentials.findAll(caller.teamId(), null).stream().filter(c -> c.usableAt(now)).toList();
        Map<Long, Member> members = users.findAll(caller.teamId(), working.stream().map(Credential::userId).distinct().toList())
                .stream().filter(m -> m.deactivatedAt() == null).collect(Collectors.toMap(Member::id, m -> m));
        Company company = companies.find(caller.teamId()).orElse(Company.NONE);
        String companyName = company.name() != null ? company.name() : teams.find(caller.teamId()).map(Team::name).orElse("");
        String companyAddress = address(company.contact());
        return working.stream()
                .filter(c -> members.containsKey(c.userId()))
                .map(c -> vendor(c, members.get(c.userId()), companyName, companyAddress))
                .toList();
    }

    private static VendorInfo vendor(Credential credential, Member member, String companyName, String companyAddress) {
        return new VendorInfo(credential.id(), member.id(), credential.name(), "", member.phone(), "", "", member.email(),
                Role.of(member.role()).displayName, companyName, companyAddress);
    }

    private static String address(ContactDetails c) {
        String stateZip = Stream.of(c.state(), c.zipcode()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(c.streetAddress(), c.city(), stateZip.isEmpty() ? null : stateZip)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
