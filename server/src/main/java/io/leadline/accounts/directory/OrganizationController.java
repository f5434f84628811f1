package io.leadline.accounts.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's organisation writes. Lofty's verbs on /v1.0/org/office are swapped (PUT adds, POST updates); so are ours. */
@RestController
@Tag(name = "Members")
class OrganizationController {

    private final OrganizationService organization;

    OrganizationController(OrganizationService organization) {
        this.organization = organization;
    }

    /** Lofty's {@code OrganizationOpResponse}. */
    record OpResponse(int code, String message, Object data) {
        static OpResponse success(Object data) {
            return new OpResponse(0, "success", data);
        }
    }

    @Operation(summary = "Add an office (Lofty's PUT adds); parentId 0 or absent makes a top-level office")
    @PutMapping("/v1.0/org/office")
    OpResponse addOffice(Caller caller, @RequestBody OrganizationService.OfficeInput request) {
        return OpResponse.success(UserResponse.OfficeBo.of(organization.addOffice(caller, request)));
    }

    @Operation(summary = "Update the office named by id (Lofty's POST updates); only the fields sent change")
    @PostMapping("/v1.0/org/office")
    OpResponse updateOffice(Caller caller, @RequestBody OrganizationService.OfficeInput request) {
        return OpResponse.success(UserResponse.OfficeBo.of(organization.updateOffice(caller, request)));
    }

    record CompanyRequest(@Nullable String name, @JsonUnwrapped ContactDetails contact, @Nullable String header) {}

    record CompanyResponse(
            @Nullable String name, @JsonUnwrapped ContactDetails contact, @Nullable String header, @Nullable String updateTime) {
        static CompanyResponse of(Company company) {
            return new CompanyResponse(company.name(), company.contact(), company.header(), Times.iso(company.updatedAt()));
        }
    }

    @Operation(summary = "Set the team's company details; only the fields sent change")
    @PostMapping("/v1.0/org/company")
    OpResponse setCompany(Caller caller, @RequestBody CompanyRequest request) {
        Company company = organization.setCompany(caller, request.name(), request.contact(), request.header());
        return OpResponse.success(CompanyResponse.of(company));
    }

    @Operation(summary = "The team's company details (every member may read them)")
    @GetMapping("/leadline/v1/company")
    CompanyResponse company(Caller caller) {
        return CompanyResponse.of(organization.company(caller));
    }
}
