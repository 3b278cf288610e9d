package org.mandateledger.api.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Prints the {@code {bcrypt}...} hash of a password, for the users file.
 *
 * <pre>
 * java -cp ledger-api.jar -Dloader.main=org.mandateledger.api.security.PasswordHashCommand \
 *      org.springframework.boot.loader.launch.PropertiesLauncher
 * printf '%s' 'the password' | java -cp target/classes:... org.mandateledger.api.security.PasswordHashCommand
 * </pre>
 *
 * On a terminal it asks twice without echo; otherwise it reads the first line of standard input.
 */
public final class PasswordHashCommand {

    private PasswordHashCommand() {
    }

    public static void main(String[] args) throws IOException {
        Console console = System.console();
        int status;
        if (console != null && isInteractive(console)) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Again: ");
            try {
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    System.err.println("The two passwords differ.");
                    status = 1;
                } else {
                    status = run(new String(first), System.out, System.err);
                }
            } finally {
                if (first != null) {
                    Arrays.fill(first, ' ');
                }
                if (second != null) {
                    Arrays.fill(second, ' ');
                }
            }
        } else {
            status = run(new InputStreamReader(System.in, Charset.defaultCharset()), System.out, System.err);
        }
        System.exit(status);
    }

    private static boolean isInteractive(Console console) {
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console); // Java 22+
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22 System.console() is null unless both ends are a terminal
        }
    }

    /** Reads the first line of {@code in} as the password and prints its hash; returns the exit status. */
    static int run(Reader in, PrintStream out, PrintStream err) throws IOException {
        String line = new BufferedReader(in).readLine();
        return run(line, out, err);
    }

    private static int run(String password, PrintStream out, PrintStream err) {
        if (password == null || password.isEmpty()) {
            err.println("No password given: pass it on standard input (first line).");
            return 1;
        }
        out.println(hash(password));
        return 0;
    }

    /** The {@code {bcrypt}...} hash of {@code password}. */
    public static String hash(CharSequence password) {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
    }
}
