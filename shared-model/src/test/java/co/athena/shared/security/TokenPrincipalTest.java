package co.athena.shared.security;

import co.athena.shared.tenant.TenantContext;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenPrincipalTest {

    private static final UUID SCHOOL = UUID.fromString("01a23654-79f2-70fe-b48d-9fc33222603e");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "sub       | sub",
            "groups    | groups",
            "iat       | iat",
            "jti       | jti",
            "school_id | UNKNOWN",
            "iat_ms    | UNKNOWN",
            "Sub       | UNKNOWN",
    })
    void aClaimIsStandardExactlyWhenTheClaimsEnumNamesIt(String name, Claims type) {
        assertEquals(type, principal().getClaimType(name));
    }

    @Test
    void athenasOwnClaimsReadAsSigned() {
        TokenPrincipalFactory.TokenPrincipal token = principal();

        assertEquals(SCHOOL, TenantContext.schoolIdOf(token).orElseThrow());
        assertEquals(1_796_208_914_051L, IssuedAt.of(token).toEpochMilli());
        assertEquals("a-user", token.getSubject());
        assertEquals(Set.of("secretary"), token.getGroups());
    }

    private static TokenPrincipalFactory.TokenPrincipal principal() {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("a-user");
        claims.setStringListClaim("groups", List.of("secretary"));
        claims.setClaim(TenantContext.SCHOOL_ID_CLAIM, SCHOOL.toString());
        claims.setClaim(IssuedAt.CLAIM, 1_796_208_914_051L);
        return new TokenPrincipalFactory.TokenPrincipal("JWT", claims);
    }
}
