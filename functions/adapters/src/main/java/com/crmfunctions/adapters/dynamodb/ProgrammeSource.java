package com.crmfunctions.adapters.dynamodb;

import com.crmfunctions.loyalty.InvalidProgrammeConfigException;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a function finds the loyalty programme it applies, once at initialisation: the shipped defaults,
 * overlaid by the merchant's properties file named by {@value #FILE_VARIABLE} (or system property
 * {@value #FILE_PROPERTY}), overlaid by {@code LOYALTY_*} environment variables (the loyalty module's loader,
 * {@link ProgrammeConfig#load(Reader, Map)}). Every function that reads or writes loyalty items uses the same
 * source, so they agree on currencies and tiers.
 */
public final class ProgrammeSource {

    public static final String FILE_VARIABLE = "CRM_PROGRAMME_FILE";
    public static final String FILE_PROPERTY = "crm.programme.file";

    private ProgrammeSource() {}

    /** The programme of this process: its environment variables and system properties. */
    public static ProgrammeConfig fromEnvironment() {
        return load(System.getenv(), System::getProperty);
    }

    /**
     * @throws InvalidProgrammeConfigException listing every invalid key (and variable)
     * @throws IllegalStateException           when the named file cannot be read
     */
    public static ProgrammeConfig load(Map<String, String> environment, UnaryOperator<String> systemProperties) {
        Optional<String> file = nonBlank(environment.get(FILE_VARIABLE)).or(() -> nonBlank(systemProperties.apply(FILE_PROPERTY)));
        if (file.isEmpty()) {
            return ProgrammeConfig.load(Map.of(), environment);
        }
        Path path = Path.of(file.get());
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return ProgrammeConfig.load(reader, environment);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("programme file " + path.toAbsolutePath() + " (" + FILE_VARIABLE + ") does not exist", e);
        } catch (IOException e) {
            throw new IllegalStateException("programme file " + path.toAbsolutePath() + " (" + FILE_VARIABLE
                    + ") cannot be read: " + e.getMessage(), new UncheckedIOException(e));
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
