package io.jixiao.audit;

import io.jixiao.system.Formats;
import java.math.BigDecimal;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event's stored details (JSON with English keys and codes) as Chinese for the audit page and its export.
 * Only the reading changes: the stored text, which the hash chain covers, stays as written. Keys and codes this
 * class does not know (new actions come often) are shown as they are, never refused.
 */
@Component
class AuditDetails {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	/** Keys shown first, in this order; the others follow in their stored order. */
	private static final List<String> ORDER = List.of("username", "displayName", "name", "kind", "role", "organization",
			"parent", "deptReviews", "enabled", "projectName", "year", "version", "stage", "status", "grade",
			"disclosure", "to", "from", "row", "comment", "reason", "length", "notified", "indicators", "line",
			"budgetUnit", "passwordChanged", "id");

	/** Keys whose codes the product already names under a message prefix. */
	private static final Map<String, String> CODES = Map.of("stage", "stage.", "status", "status.", "statusBefore",
			"status.", "reportStatus", "monitoring.status.", "evaluationStatus", "evaluation.status.", "disclosure",
			"disclosure.", "role", "role.");

	/** Header fields of a table that are amounts in 万元. */
	private static final Set<String> MONEY = Set.of("totalFunds", "fiscalFunds", "otherFunds", "fiscalUpper",
			"fiscalLocal");

	private static final Set<String> DIFF = Set.of("header", "added", "removed", "changed");

	/** How many names a summary lists before 「等」. */
	private static final int NAMES = 3;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
	private static final Pattern EXCEPTION = Pattern.compile("[A-Za-z]+Exception");
	private static final Pattern IP = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private final JsonMapper json;
	private final MessageSource messages;
	private final Formats formats;

	AuditDetails(JsonMapper json, MessageSource messages, Formats formats) {
		this.json = json;
		this.messages = messages;
		this.formats = formats;
	}

	/** What an event says, readable: a few facts in a line, and the full detail of a long change to fold away. */
	record Readable(List<String> facts, List<String> more) {

		/** The facts in a line: 「名称：值；名称：值」. */
		public String line() { // public for the template
			return String.join("；", facts);
		}

		/** Everything in one text (the export): the facts, then the detail, a line each. */
		String text() {
			return more.isEmpty() ? line() : line() + "\n" + String.join("\n", more);
		}
	}

	/** The action's name, or its code when it has none yet. */
	String action(String action) {
		return orElse("audit.action." + action, action);
	}

	Readable render(String action, String stored) {
		JsonNode root;
		try {
			root = json.readTree(stored == null ? "{}" : stored);
		}
		catch (JacksonException e) {
			return new Readable(List.of(String.valueOf(stored)), List.of()); // not JSON: shown as it is
		}
		if (!root.isObject()) {
			return new Readable(List.of(value(action, "", root)), List.of());
		}
		List<String> facts = new ArrayList<>();
		List<String> more = new ArrayList<>();
		boolean diff = DIFF.stream().anyMatch(root::has);
		boolean beforeAfter = root.has("before") && root.has("after");
		for (String key : keys(root)) {
			// a save's version is the optimistic-lock counter, which users never see
			boolean internal = diff && (DIFF.contains(key) || key.equals("version"));
			boolean compared = beforeAfter && (key.equals("before") || key.equals("after"));
			if (!internal && !compared && !blank(root.get(key))) {
				facts.add(text("audit.fact", label(action, key), value(action, key, root.get(key))));
			}
		}
		if (beforeAfter) {
			facts.addAll(compare(action, root.get("before"), root.get("after")));
		}
		if (diff) {
			summarise(root, facts, more);
		}
		return new Readable(facts, more);
	}

	/** A client address as a person reads it: 本机 for loopback, an IPv4-mapped IPv6 address as plain IPv4. */
	String address(String stored) {
		if (stored == null || !IP.matcher(stored).matches()) {
			return stored;
		}
		try {
			InetAddress address = InetAddress.getByName(stored); // a literal: parsed, never looked up
			if (address.isLoopbackAddress()) {
				return orElse("audit.address.local", stored);
			}
			// ::ffff:10.1.2.3 is read as IPv4 by Java; other addresses stay as the server wrote them
			return address instanceof Inet4Address ? address.getHostAddress() : stored;
		}
		catch (UnknownHostException e) {
			return stored;
		}
	}

	private List<String> keys(JsonNode root) {
		Set<String> keys = new LinkedHashSet<>();
		ORDER.stream().filter(root::has).forEach(keys::add);
		keys.addAll(root.propertyNames());
		return List.copyOf(keys);
	}

	private String label(String action, String key) {
		return orElse("audit.key." + action + "." + key, orElse("audit.key." + key, key));
	}

	private String value(String action, String key, JsonNode node) {
		if (blank(node)) {
			return text("audit.value.none");
		}
		if (node.isBoolean()) {
			return orElse("audit.value." + node.booleanValue(), node.asString());
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.forEach(item -> items.add(value(action, key, item)));
			return String.join("、", items);
		}
		if (node.isObject()) {
			List<String> fields = new ArrayList<>();
			for (String field : node.propertyNames()) {
				fields.add(text("audit.fact", label(action, field), value(action, field, node.get(field))));
			}
			return String.join("，", fields);
		}
		String raw = node.asString();
		if (key.equals("version") && node.isNumber()) {
			return orElse("table.version", raw, node.longValue());
		}
		if (key.equals("reason") && EXCEPTION.matcher(raw).matches()) { // why a sign-in failed; other reasons are text
			return orElse("audit.reason." + raw, text("audit.reason.other", raw));
		}
		if (key.equals("kind")) {
			return orElse((action.startsWith("ORG_") ? "orgkind." : "kind.") + raw, raw);
		}
		if (CODES.containsKey(key)) {
			return orElse(CODES.get(key) + raw, raw);
		}
		return CODE.matcher(raw).matches() ? orElse("audit.value." + raw, raw) : raw;
	}

	/** Nothing said: an empty value (a unit table has no project name) is left out of the facts. */
	private static boolean blank(JsonNode node) {
		return node == null || node.isNull() || (node.isString() && node.asString().isBlank());
	}

	/** An administrator's change: the fields that differ, 「字段：旧 → 新」. */
	private List<String> compare(String action, JsonNode before, JsonNode after) {
		List<String> changes = new ArrayList<>();
		for (String key : after.propertyNames()) {
			JsonNode was = before.get(key);
			if (!after.get(key).equals(was)) {
				changes.add(text("audit.change", label(action, key), value(action, key, was),
						value(action, key, after.get(key))));
			}
		}
		return changes;
	}

	/**
	 * A save of a table: the names of changed rows and the amounts in the facts (「修改 3 个指标：…；年度资金总额 46.00 →
	 * 48.00 万元」), every changed field in the detail; rows first, as the table reads.
	 */
	private void summarise(JsonNode root, List<String> facts, List<String> more) {
		List<String> summary = new ArrayList<>();
		rows(root.path("added"), "audit.diff.added", summary, more);
		rows(root.path("removed"), "audit.diff.removed", summary, more);
		rows(root.path("changed"), "audit.diff.changed", summary, more);
		List<String> headerNames = new ArrayList<>();
		for (JsonNode change : root.path("header")) {
			String field = change.path("field").asString();
			String name = orElse("diff.field." + field, field);
			String before = field(field, change.get("before"));
			String after = field(field, change.get("after"));
			if (MONEY.contains(field)) {
				summary.add(text("audit.diff.money", name, before, after));
			}
			else {
				headerNames.add(name);
			}
			more.add(text(MONEY.contains(field) ? "audit.diff.moneyChange" : "audit.change", name, before, after));
		}
		if (!headerNames.isEmpty()) {
			summary.add(text("audit.diff.header", String.join("、", headerNames)));
		}
		facts.addAll(summary.isEmpty() ? List.of(text("audit.diff.none")) : summary);
	}

	private void rows(JsonNode rows, String code, List<String> facts, List<String> more) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> names = new ArrayList<>();
		for (JsonNode row : rows) {
			String name = row.path("name").asString();
			names.add(name);
			JsonNode fields = row.path("fields");
			if (fields.isEmpty()) {
				more.add(text(code + ".row", name, row.path("level1").asString(), row.path("level2").asString()));
			}
			for (JsonNode change : fields) {
				String field = change.path("field").asString();
				more.add(text("audit.diff.field", name, orElse("diff.field." + field, field),
						field(field, change.get("before")), field(field, change.get("after"))));
			}
		}
		String listed = String.join("、", names.subList(0, Math.min(NAMES, names.size())));
		facts.add(text(code, rows.size(), names.size() > NAMES ? text("audit.diff.more", listed) : listed));
	}

	/** A field's value in a diff: amounts with two decimals, an empty value named as such. */
	private String field(String field, JsonNode node) {
		if (node == null || node.isNull()) {
			return text("audit.value.none");
		}
		if (MONEY.contains(field)) {
			try {
				return formats.money(new BigDecimal(node.asString()));
			}
			catch (NumberFormatException e) {
				return node.asString();
			}
		}
		return node.asString();
	}

	/** The message, or the fallback where the bundles have none (a key or code added since). */
	private String orElse(String code, String fallback, Object... args) {
		return messages.getMessage(code, args, fallback, ZH);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, ZH);
	}
}
