package eu.credentialgateway.access;

import eu.credentialgateway.CanonicalUuid;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API keys (admin only).
 * <ul>
 * <li>{@code POST /api/v1/api-keys} {@code {"name", "roles": [...], "formats": [...], "targets": [...], "vouches": [...]}}:
 * 201 with {@code {"id", "key", ...}}; the key is shown this once.</li>
 * <li>{@code GET /api/v1/api-keys}: every key, without secrets.</li>
 * <li>{@code DELETE /api/v1/api-keys/{id}}: revokes a key at once (204); the last active admin key cannot be revoked
 * while no OpenID Connect provider is configured (409), so the gateway never locks its admins out.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeyController {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._()@:/-]{1,100}");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final ApiKeyStore keys;
    private final ActionLog actions;
    private final AccessProperties properties;

    ApiKeyController(ApiKeyStore keys, ActionLog actions, AccessProperties properties) {
        this.keys = keys;
        this.actions = actions;
        this.properties = properties;
    }

    /** The body of a new key. */
    record NewKey(String name, List<String> roles, List<String> formats, List<String> targets, List<String> vouches) {
    }

    @PostMapping
    ResponseEntity<?> create(@RequestBody(required = false) NewKey body) {
        if (body == null || body.name() == null || !NAME.matcher(body.name().trim()).matches()) {
            return ActionController.problem("invalid-key-request", "name is required: 1..100 letters, digits, spaces or ._()@:/-");
        }
        if (body.roles() == null || body.roles().isEmpty()) {
            return ActionController.problem("invalid-key-request", "roles is required: one or more of " + roleIds());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : body.roles()) {
            Optional<Role> role = Role.fromId(id);
            if (role.isEmpty()) {
                return ActionController.problem("invalid-key-request", "unknown role '" + clip(id) + "': roles are " + roleIds());
            }
            roles.add(role.get());
        }
        Set<String> formats;
        Set<String> targets;
        Set<String> vouches;
        try {
            formats = tokens("formats", body.formats());
            targets = tokens("targets", body.targets());
            vouches = tokens("vouches", body.vouches());
        } catch (IllegalArgumentException bad) {
            return ActionController.problem("invalid-key-request", bad.getMessage());
        }
        ApiKeyStore.Made made = keys.create(body.name().trim(), roles, formats, targets, vouches, Caller.currentActor());
        actions.record("api-key.create", "api-key", made.key().id().toString(),
                "roles=" + String.join(",", roles.stream().map(Role::id).toList()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", made.key().id());
        answer.put("key", made.secret());
        answer.put("name", made.key().name());
        answer.put("roles", roles.stream().map(Role::id).toList());
        answer.put("formats", formats);
        answer.put("targets", targets);
        answer.put("vouches", vouches);
        answer.put("createdAt", made.key().createdAt());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .header("Location", "/api/v1/api-keys/" + made.key().id()).body(answer);
    }

    @GetMapping
    ResponseEntity<?> list() {
        List<Map<String, Object>> listed = keys.list().stream().map(ApiKeyController::view).toList();
        return ResponseEntity.ok(Map.of("keys", listed, "count", listed.size()));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id) {
        return CanonicalUuid.parse(id).flatMap(keys::find).<ResponseEntity<?>>map(k -> ResponseEntity.ok(view(k)))
                .orElseGet(() -> notFound());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> revoke(@PathVariable String id) {
        Optional<ApiKey> key = CanonicalUuid.parse(id).flatMap(keys::find);
        if (key.isEmpty()) {
            return notFound();
        }
        UUID keyId = key.get().id();
        if (key.get().revokedAt() != null) {
            return ActionController.problem(HttpStatus.CONFLICT, "key-revoked", "the key was revoked already");
        }
        if (key.get().roles().contains(Role.ADMIN) && keys.activeAdmins() <= 1 && !properties.oidc().enabled()) {
            return ActionController.problem(HttpStatus.CONFLICT, "last-admin-key",
                    "this is the last active admin key and no OpenID Connect provider is configured: make another admin key first");
        }
        if (!keys.revoke(keyId, Caller.currentActor())) {
            return ActionController.problem(HttpStatus.CONFLICT, "key-revoked", "the key was revoked already");
        }
        actions.record("api-key.revoke", "api-key", keyId.toString(), null);
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> view(ApiKey key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id());
        view.put("name", key.name());
        view.put("roles", key.roles().stream().map(Role::id).toList());
        view.put("formats", key.formats());
        view.put("targets", key.targets());
        view.put("vouches", key.vouches());
        view.put("createdAt", key.createdAt());
        view.put("createdBy", key.createdBy());
        view.put("revokedAt", key.revokedAt());
        view.put("revokedBy", key.revokedBy());
        view.put("active", key.revokedAt() == null);
        return view;
    }

    private static Set<String> tokens(String field, List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        if (values == null) {
            return set;
        }
        for (String value : values) {
            String v = value == null ? "" : value.trim();
            if (!TOKEN.matcher(v).matches()) {
                throw new IllegalArgumentException(field + " holds '" + clip(v) + "': names are lower-case letters, digits and ._-");
            }
            set.add(v);
        }
        return set;
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static String roleIds() {
        return String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::id).toList());
    }

    private static ResponseEntity<?> notFound() {
        return ActionController.problem(HttpStatus.NOT_FOUND, "key-not-found", "no API key with that id");
    }
}
