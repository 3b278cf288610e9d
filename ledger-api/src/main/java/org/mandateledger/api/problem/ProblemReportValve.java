package org.mandateledger.api.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers itself, before any servlet is reached — a URL it cannot decode ({@code %00},
 * bytes that are not UTF-8) — is problem+json too, with the status's default code, in place of
 * Tomcat's HTML error report. Everything Spring sees is answered by {@link ProblemHandler} and
 * {@link ProblemErrorController}; this only fills in what nothing else wrote.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String detail = status >= 500 || known == null ? "the ledger could not answer; nothing was recorded" : known.getReasonPhrase();
        try {
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), Problems.defaultCode(status), detail);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", problem.getType().toString());
                body.put("title", problem.getTitle());
                body.put("status", status);
                body.put("detail", problem.getDetail());
                body.putAll(problem.getProperties());
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone, or the response was committed after all: nothing more can be said.
        }
    }
}
