package in.mrmentor.persistence.lead;

import org.jdbi.v3.core.statement.SqlStatement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Text maps (extra fields, activity details) stored as jsonb objects of strings, built and read by
 * PostgreSQL itself ({@code jsonb_object}, {@code jsonb_each_text}) so this module needs no JSON library.
 */
final class TextMaps {

    private TextMaps() {
    }

    /** SQL that builds the jsonb object from the bound {@code <name>Keys} and {@code <name>Values}. */
    static String write(String name) {
        return "jsonb_object(CAST(:" + name + "Keys AS text[]), CAST(:" + name + "Values AS text[]))";
    }

    /** SQL selecting the object's keys and values as two sorted arrays named {@code <alias>_keys}, {@code <alias>_values}. */
    static String read(String column, String alias) {
        return "ARRAY(SELECT key FROM jsonb_each_text(" + column + ") ORDER BY key) AS " + alias + "_keys, "
                + "ARRAY(SELECT value FROM jsonb_each_text(" + column + ") ORDER BY key) AS " + alias + "_values";
    }

    static <S extends SqlStatement<S>> S bind(S statement, String name, Map<String, String> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        List<String> values = keys.stream().map(map::get).toList();
        return statement.bindArray(name + "Keys", String.class, keys).bindArray(name + "Values", String.class, values);
    }

    /** The map as JSON object text, for statements that take many maps at once ({@code CAST(... AS jsonb)}). */
    static String json(Map<String, String> map) {
        StringBuilder out = new StringBuilder("{");
        map.forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, key).append(':');
            quote(out, value);
        });
        return out.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    static Map<String, String> map(ResultSet rs, String alias) throws SQLException {
        String[] keys = strings(rs, alias + "_keys");
        String[] values = strings(rs, alias + "_values");
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], values[i]);
        }
        return map;
    }

    static String[] strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add((UUID) id);
        }
        return ids;
    }
}
