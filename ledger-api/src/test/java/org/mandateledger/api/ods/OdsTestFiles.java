package org.mandateledger.api.ods;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Test inputs: the real Cheshire (27D) extracts on the classpath, and inline synthetic text. */
final class OdsTestFiles {

    private static final String CHESHIRE = "/demo/cheshire-27d/";

    /** Any of the readers' {@code read(InputStream, Consumer)} methods. */
    @FunctionalInterface
    interface OdsRead<T> {
        void read(InputStream in, Consumer<T> sink) throws IOException;
    }

    private OdsTestFiles() {
    }

    static InputStream cheshire(String fileName) {
        InputStream in = OdsTestFiles.class.getResourceAsStream(CHESHIRE + fileName);
        assertThat(in).as("test resource %s", fileName).isNotNull();
        return in;
    }

    /** The raw non-empty lines of a Cheshire file, for counting expectations independently of the readers. */
    static List<String> cheshireLines(String fileName) {
        try (InputStream in = cheshire(fileName)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\r?\n")).filter(line -> !line.isEmpty()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static <T> List<T> readAll(OdsRead<T> reader, InputStream in) {
        List<T> rows = new ArrayList<>();
        try (in) {
            reader.read(in, rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static <T> List<T> readAll(OdsRead<T> reader, String text) {
        return readAll(reader, utf8(text));
    }
}
