package org.mandateledger.api.ledger;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers a write: {@code 201 Created} with {@code Location} for what it created, {@code 200}
 * otherwise, always with {@code Ledger-Position}. The body is read back from the read models once
 * they have reached the write, so the answer shows what was recorded.
 */
@Component
public class Recorded {

    public static final String POSITION_HEADER = "Ledger-Position";
    private static final Duration READ_BACK_WAIT = Duration.ofSeconds(5);

    private final ProjectionProgress progress;

    Recorded(ProjectionProgress progress) {
        this.progress = progress;
    }

    public <T> ResponseEntity<T> created(long position, String location, Supplier<T> body) {
        return ResponseEntity.created(URI.create(location)).header(POSITION_HEADER, Long.toString(position)).body(readBack(position, body));
    }

    public <T> ResponseEntity<T> ok(long position, Supplier<T> body) {
        return ResponseEntity.status(HttpStatus.OK).header(POSITION_HEADER, Long.toString(position)).body(readBack(position, body));
    }

    /**
     * The recorded resource, once the read models show it. The write has committed either way: if
     * they are still behind, the answer keeps its status and position and has no body, and the
     * client reads it later with {@code Ledger-Min-Position}.
     */
    private <T> T readBack(long position, Supplier<T> body) {
        if (!progress.awaitPosition(position, READ_BACK_WAIT)) {
            return null;
        }
        return body.get();
    }

    public <T> ResponseEntity<T> createdOrOk(boolean created, long position, String location, Supplier<T> body) {
        return created ? created(position, location, body) : ok(position, body);
    }
}
