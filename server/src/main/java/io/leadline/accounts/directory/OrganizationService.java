package io.leadline.accounts.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lofty's organisation writes: offices added and updated with their contact details, and the team's company. Owners
 * and admins only; anyone else gets Lofty's 400/20017.
 */
@NamedInterface("administration") // the console's team page renames and moves offices
@Service
public class OrganizationService {

    static final int NAME_MAX = 200;

    private final OfficeRepository offices;
    private final CompanyRepository companies;
    private final IdGenerator ids;
    private final Clock clock;

    OrganizationService(OfficeRepository offices, CompanyRepository companies, IdGenerator ids, Clock clock) {
        this.offices = offices;
        this.companies = companies;
        this.ids = ids;
        this.clock = clock;
    }

    /** Lofty's {@code OfficeRequest}; on add, {@code id} is ignored and a {@code parentId} of 0 means "no parent". */
    public record OfficeInput(
            @Nullable Long id,
            @Nullable Long parentId,
            @Nullable String name,
            @JsonUnwrapped ContactDetails contact,
            @Nullable Boolean allowManageSub) {}

    @Transactional
    Office addOffice(Caller caller, OfficeInput input) {
        Ranks.requireManager(caller, ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST);
        String name = requiredName(input.name());
        Long parentId = parent(caller, input.parentId());
        Office office = new Office(ids.nextId(), caller.teamId(), parentId, name,
                ContactDetails.NONE.updatedWith(input.contact().checked()), Boolean.TRUE.equals(input.allowManageSub()),
                Times.now(clock));
        offices.insert(office);
        return office;
    }

    /** Only the fields sent change; an empty string clears a contact field. A new parent may not sit below the office. */
    @Transactional
    public Office updateOffice(Caller caller, OfficeInput input) {
        Ranks.requireManager(caller, ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST);
        if (input.id() == null) {
            throw ApiException.missingField("id");
        }
        ContactDetails contact = input.contact().checked();
        String name = input.name() == null ? null : requiredName(input.name());
        Office current = offices.lock(caller.teamId(), input.id())
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No office " + input.id()));
        Long parentId = current.parentId();
        if (input.parentId() != null) {
            parentId = parent(caller, input.parentId());
            if (parentId != null && offices.subtreeIds(caller.teamId(), current.id()).contains(parentId)) {
                throw ApiException.invalidField("parentId", "would put office " + current.id() + " below itself");
            }
        }
        Office updated = new Office(current.id(), current.teamId(), parentId, name == null ? current.name() : name,
                current.contact().updatedWith(contact),
                input.allowManageSub() == null ? current.allowManageSub() : input.allowManageSub(), current.createdAt());
        offices.update(updated);
        return updated;
    }

    @Transactional(readOnly = true)
    Company company(Caller caller) {
        return companies.find(caller.teamId()).orElse(Company.NONE);
    }

    /** Only the fields sent change; an empty string clears one. */
    @Transactional
    Company setCompany(Caller caller, @Nullable String name, ContactDetails contact, @Nullable String header) {
        Ranks.requireManager(caller, ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST);
        ContactDetails checked = contact.checked();
        String checkedName = ContactDetails.text("name", name, NAME_MAX);
        String checkedHeader = ContactDetails.text("header", header, 2000);
        java.util.Optional<Company> current = companies.lock(caller.teamId());
        Company base = current.orElse(Company.NONE);
        Company updated = new Company(
                checkedName == null ? base.name() : blankAsNull(checkedName),
                base.contact().updatedWith(checked),
                checkedHeader == null ? base.header() : blankAsNull(checkedHeader),
                Times.now(clock));
        if (current.isPresent()) {
            companies.update(caller.teamId(), updated);
        } else {
            companies.insert(caller.teamId(), updated);
        }
        return updated;
    }

    private static @Nullable String blankAsNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String requiredName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.missingField("name");
        }
        if (name.trim().length() > NAME_MAX) {
            throw ApiException.tooLong("name", NAME_MAX);
        }
        return name.trim();
    }

    /** 0 and null both mean a top-level office; anything else must be an office of the team. */
    private @Nullable Long parent(Caller caller, @Nullable Long parentId) {
        if (parentId == null || parentId == 0) {
            return null;
        }
        if (offices.find(caller.teamId(), parentId).isEmpty()) {
            throw ApiException.invalidField("parentId", "is not an office of this team: " + parentId);
        }
        return parentId;
    }
}
