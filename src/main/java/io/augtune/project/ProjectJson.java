package io.augtune.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.augtune.common.UnusableInputException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads and writes {@code project.json}. Non-finite doubles (a validation loss not computed at a step is NaN) are
 * written as the JSON strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, which keeps the file
 * strict JSON; reading also accepts them unquoted, as Python's json module writes them.
 */
final class ProjectJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ProjectJson() {
    }

    /** The UTF-8 JSON of a project whose file will live in {@code projectDir}. */
    static byte[] write(Project project, Path projectDir) throws IOException {
        return MAPPER.writeValueAsBytes(ProjectEncoder.encode(project, projectDir));
    }

    /**
     * Parses, migrates to the current schema and validates; {@code file} names the project in messages and its
     * folder anchors relative image folders. Problems that do not stop opening are added to {@code warnings}.
     */
    static Project read(byte[] json, Path file, List<String> warnings) throws UnusableInputException {
        ObjectNode tree = SchemaMigrations.standard().toCurrent(parseObject(json, file), file);
        try {
            ProjectDto.Root root = MAPPER.treeToValue(tree, ProjectDto.Root.class);
            return ProjectDecoder.decode(root, file.getParent(), warnings);
        } catch (JacksonException e) {
            throw damaged(file, e);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new UnusableInputException("Cannot open " + file + ": project.json is not valid: "
                    + e.getMessage(), e);
        }
    }

    private static ObjectNode parseObject(byte[] json, Path file) throws UnusableInputException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw damaged(file, e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new UnusableInputException("Cannot open " + file + ": project.json does not hold a JSON object");
        }
        return object;
    }

    private static UnusableInputException damaged(Path file, IOException e) {
        String detail = e.getMessage();
        if (e instanceof JacksonException jackson) {
            JsonLocation at = jackson.getLocation();
            detail = jackson.getOriginalMessage() + where(e)
                    + (at != null && at.getLineNr() > 0 ? " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")" : "");
        }
        return new UnusableInputException("Cannot open " + file + ": project.json is damaged: " + detail, e);
    }

    /** The JSON path of a binding error, e.g. {@code " at manifest[3].width"}; empty when unknown. */
    private static String where(IOException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return " at " + path;
    }
}
