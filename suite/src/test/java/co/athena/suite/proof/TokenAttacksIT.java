package co.athena.suite.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.athena.suite.client.Reply;
import co.athena.suite.proof.RunningSuite.Suite;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service refuses every kind of bad token with 401 (or 403), never with data — while the
 * same request with an honest token (built the same way, signed with the real key) answers 200, so
 * each refusal is the token's doing.
 */
@ExtendWith(RunningSuite.class)
class TokenAttacksIT {

    private static Suite suite;
    private static TokenForge forge;

    @BeforeAll
    static void suite() {
        suite = RunningSuite.get();
        forge = new TokenForge(suite.process().home.resolve("keys"));
    }

    /** One protected read per service, in school A. */
    private static Map<String, URI> targets() {
        Map<String, URI> targets = new LinkedHashMap<>();
        targets.put("tenancy-service", suite.at().tenancy("/api/v1/school"));
        targets.put("identity-service", suite.at().identity("/api/v1/memberships"));
        targets.put("student-service", suite.at().student("/api/v1/students"));
        targets.put("enrollment-service", suite.at().enrollment("/api/v1/enrollments"));
        targets.put("documents-service", suite.at().documents(suite.a().documentsPath()));
        targets.put("academic-service", suite.at().academic("/api/v1/academic-areas"));
        return targets;
    }

    private static Map<String, Object> honest() {
        return TokenForge.claims(suite.a().schoolId, List.of("rector"));
    }

    private static Map<String, Object> honestWith(String claim, Object value) {
        Map<String, Object> claims = honest();
        claims.put(claim, value);
        return claims;
    }

    @Test
    void everyServiceRefusesEveryBadToken() {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Supplier<String>> attacks = new LinkedHashMap<>();
        attacks.put("no token", () -> null);
        attacks.put("not a JWT", () -> "not-a-token");
        attacks.put("expired", () -> forge.rs256(withTimes(now - 3600, now - 1800, null)));
        attacks.put("not yet valid", () -> forge.rs256(withTimes(now + 1800, now + 3600, now + 1800)));
        attacks.put("wrong issuer", () -> forge.rs256(honestWith("iss", "https://evil.example/identity")));
        attacks.put("wrong audience", () -> forge.rs256(honestWith("aud", "someone-else")));
        attacks.put("alg none", () -> TokenForge.unsigned(honest()));
        attacks.put("HS256 keyed with the public key", () -> forge.hs256WithPublicKey(honest()));
        attacks.put("signed by another key", () -> TokenForge.withOtherKey(honest()));
        attacks.put("payload swapped after signing", () -> forge.tampered(honest(),
                honestWith("groups", List.of("superadmin"))));
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, URI> target : targets().entrySet()) {
            Reply control = get(target.getValue(), forge.rs256(honest()));
            assertEquals(200, control.status(), target.getKey() + " refused the honest token: " + control.text());
            for (Map.Entry<String, Supplier<String>> attack : attacks.entrySet()) {
                tried++;
                Reply reply = get(target.getValue(), attack.getValue().get());
                boolean refused = reply.status() == 401 || reply.status() == 403;
                boolean noData = reply.body().length == 0
                        || String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json");
                if (!refused || !noData) {
                    failures.add(target.getKey() + " / " + attack.getKey() + " → " + reply.status() + " "
                            + reply.text());
                }
            }
        }
        System.out.printf("token attacks: %d services × %d attacks = %d requests, all refused%n", targets().size(),
                attacks.size(), tried);
        assertEquals(List.of(), failures);
    }

    @Test
    void aUserGetsNoTokenForASchoolTheyAreNotAMemberOf() {
        Reply reply = suite.signIn().exchange(suite.a().email("secretary"), suite.b().schoolId);
        assertEquals(403, reply.status(), reply.text());
        assertTrue(!reply.text().contains("access_token"));
        Reply unknownSchool = suite.signIn().exchange(suite.a().email("secretary"), UUID.randomUUID());
        assertEquals(403, unknownSchool.status(), unknownSchool.text());
    }

    private static Map<String, Object> withTimes(long iat, long exp, Long nbf) {
        Map<String, Object> claims = honest();
        claims.put("iat", iat);
        claims.put("exp", exp);
        if (nbf != null) {
            claims.put("nbf", nbf);
        }
        return claims;
    }

    private static Reply get(URI uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return suite.http().send(request, "GET " + uri);
    }
}
