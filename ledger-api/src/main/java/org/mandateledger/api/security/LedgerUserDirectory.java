package org.mandateledger.api.security;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users known to this instance, read once at start-up by {@link LedgerUsersLoader}; immutable.
 * It is the application's {@link UserDetailsService}: every lookup returns a fresh
 * {@link LedgerPrincipal}, so erasing credentials after authentication never touches the stored hash.
 */
public final class LedgerUserDirectory implements UserDetailsService {

    private record Stored(LedgerUser user, String passwordHash) {
    }

    private final Map<String, Stored> byUsername;
    private final java.util.Set<String> hashes;
    private final Path source;

    LedgerUserDirectory(Path source, List<UsersFileReader.Entry> entries) {
        Map<String, Stored> map = new LinkedHashMap<>();
        for (UsersFileReader.Entry entry : entries) {
            map.put(entry.user().username(), new Stored(entry.user(), entry.passwordHash()));
        }
        this.byUsername = Collections.unmodifiableMap(map);
        this.hashes = map.values().stream().map(Stored::passwordHash).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.source = source;
    }

    @Override
    public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
        Stored stored = username == null ? null : byUsername.get(username);
        if (stored == null) {
            throw new UsernameNotFoundException("No such user");
        }
        return new LedgerPrincipal(stored.user(), stored.passwordHash());
    }

    /** The user called {@code username}, if there is one. */
    public Optional<LedgerUser> find(String username) {
        return Optional.ofNullable(byUsername.get(username)).map(Stored::user);
    }

    /** Whether a password hash is one of these users' (and not, say, the decoy Spring checks for an unknown user). */
    public boolean holdsHash(String passwordHash) {
        return hashes.contains(passwordHash);
    }

    /** Every user (without passwords). */
    public Collection<LedgerUser> users() {
        return byUsername.values().stream().map(Stored::user).toList();
    }

    /** Every user with its password hash, as read: for joining two files' users into one directory. */
    List<UsersFileReader.Entry> entries() {
        List<UsersFileReader.Entry> entries = new java.util.ArrayList<>();
        int number = 1;
        for (Stored stored : byUsername.values()) {
            entries.add(new UsersFileReader.Entry(number++, stored.user(), stored.passwordHash()));
        }
        return entries;
    }

    /** The file the users were read from (the users file or the bootstrap-admin file). */
    public Path source() {
        return source;
    }
}
