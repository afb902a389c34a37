package eu.credentialgateway.access;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;

/**
 * The gateway's real {@link SecurityConfiguration} for controller slice tests, over an API key store that knows one
 * key per role ({@link #key(Role)}), so that 401 (no key, an unknown key) and 403 (a role the path does not allow)
 * are answered as a caller meets them. No OpenID Connect provider is configured.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
@EnableConfigurationProperties(AccessProperties.class)
public class SliceSecurity {
    /** The request header that carries an API key. */
    public static final String HEADER = ApiKeyFilter.HEADER;

    /** The secret of the one key that holds {@code role} (and no other role). */
    public static String key(Role role) {
        return role.id() + "-key";
    }

    /** The actor the key of {@code role} acts as ({@code key:<uuid>}), as actions and audit rows name it. */
    public static String actor(Role role) {
        return ApiKey.actorOf(idOf(role));
    }

    /** A header set carrying the key of {@code role}. */
    public static HttpHeaders as(Role role) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HEADER, key(role));
        return headers;
    }

    @Bean
    ApiKeyStore apiKeyStore() {
        ApiKeyStore keys = mock(ApiKeyStore.class);
        knowOneKeyPerRole(keys);
        return keys;
    }

    /** Makes a mocked store authenticate {@link #key(Role)} for every role and nothing else (for a test that mocks the store itself). */
    public static void knowOneKeyPerRole(ApiKeyStore keys) {
        when(keys.authenticate(anyString())).thenReturn(Optional.empty());
        for (Role role : Role.values()) {
            when(keys.authenticate(key(role))).thenReturn(Optional.of(keyOf(role)));
        }
    }

    /** The listed key of {@code role}. */
    public static ApiKey keyOf(Role role) {
        return new ApiKey(idOf(role), role.id(), Set.of(role), Set.of(), Set.of(), Set.of(), Instant.EPOCH, "test", null, null);
    }

    private static UUID idOf(Role role) {
        return UUID.nameUUIDFromBytes(role.id().getBytes(StandardCharsets.UTF_8));
    }
}
