package io.leadline.accounts;

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

    record OfficeRequest(
            @Nullable Long id,
            @Nullable Long parentId,
            @Nullable String name,
            @Nullable String phone,
            @Nullable String phoneCode,
            @Nullable String phoneCountry,
            @Nullable String email,
            @Nullable String city,
            @Nullable String state,
            @Nullable String zipcode,
            @Nullable String streetAddress,
            @Nullable Boolean allowManageSub) {

        OrganizationService.OfficeInput input() {
            return new OrganizationService.OfficeInput(id, parentId, name,
                    new ContactDetails(phone, phoneCode, phoneCountry, email, city, state, zipcode, streetAddress), allowManageSub);
        }
    }

    @Operation(summary = "Add an office (Lofty's PUT adds); parentId 0 or absent makes a top-level office")
    @PutMapping("/v1.0/org/office")
    OpResponse addOffice(Caller caller, @RequestBody OfficeRequest request) {
        return OpResponse.success(UserResponse.OfficeBo.of(organization.addOffice(caller, request.input())));
    }

    @Operation(summary = "Update the office named by id (Lofty's POST updates); only the fields sent change")
    @PostMapping("/v1.0/org/office")
    OpResponse updateOffice(Caller caller, @RequestBody OfficeRequest request) {
        return OpResponse.success(UserResponse.OfficeBo.of(organization.updateOffice(caller, request.input())));
    }

    record CompanyRequest(
            @Nullable String name,
            @Nullable String phone,
            @Nullable String phoneCode,
            @Nullable String phoneCountry,
            @Nullable String email,
            @Nullable String city,
            @Nullable String state,
            @Nullable String zipcode,
            @Nullable String streetAddress,
            @Nullable String header) {}

    record CompanyResponse(
            @Nullable String name,
            @Nullable String phone,
            @Nullable String phoneCode,
            @Nullable String phoneCountry,
            @Nullable String email,
            @Nullable String city,
            @Nullable String state,
            @Nullable String zipcode,
            @Nullable String streetAddress,
            @Nullable String header,
            @Nullable String updateTime) {
        static CompanyResponse of(Company company) {
            ContactDetails c = company.contact();
            return new CompanyResponse(company.name(), c.phone(), c.phoneCode(), c.phoneCountry(), c.email(), c.city(),
                    c.state(), c.zipcode(), c.streetAddress(), company.header(), Times.iso(company.updatedAt()));
        }
    }

    @Operation(summary = "Set the team's company details; only the fields sent change")
    @PostMapping("/v1.0/org/company")
    OpResponse setCompany(Caller caller, @RequestBody CompanyRequest r) {
        Company company = organization.setCompany(caller, r.name(),
                new ContactDetails(r.phone(), r.phoneCode(), r.phoneCountry(), r.email(), r.city(), r.state(), r.zipcode(),
                        r.streetAddress()), r.header());
        return OpResponse.success(CompanyResponse.of(company));
    }

    @Operation(summary = "The team's company details (every member may read them)")
    @GetMapping("/leadline/v1/company")
    CompanyResponse company(Caller caller) {
        return CompanyResponse.of(organization.company(caller));
    }
}
