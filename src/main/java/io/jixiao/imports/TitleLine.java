package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a performance target table and its year, in the wordings real documents use: the form's name
 * (项目支出绩效目标表, 项目绩效目标申报表, 单位整体支出绩效目标表, 部门整体…公开表 …) with or without a department, 部门预算 or
 * 单位 before it and （公开） or a year after it, and a year as "(2020年)", "(2020 年度)", "2020年度" or "年度：2020".
 */
record TitleLine(TableKind kind, Integer year) {

	/** The form's name inside a title; what stands before and after it is checked apart. */
	private static final Pattern FORM = Pattern.compile("(项目|整体)(?:支出)?绩效目标(?:申报|公开|批复|审核)?表");

	/** What may follow the form's name: a year, （公开）, nothing else. */
	private static final Pattern SUFFIX = Pattern.compile("^(?:\\((?:公开|\\d{4}年度?|年度:?\\d{4})\\)|\\d{4}年度?|公开)*$");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})年|年度:?(\\d{4})");

	/** A line holding a year alone: "(2020年)", "（2020 年度）", "2020年度", "年度：2020", "预算年度:2020年". */
	private static final Pattern YEAR_LINE = Pattern.compile("^\\(?(?:(\\d{4})年度?|(?:预算)?年度:?(\\d{4})年?度?)\\)?$");

	/** Prefixes that make a line a heading of a list, not a title: "七、", "（三）", "1." . */
	private static final Pattern LIST_ITEM = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十\\d]+\\)|\\d+[、.](?!\\d))");

	/** The title a line holds, or {@code null}: markup and spaces do not count, the prefix is at most 40 letters. */
	static TitleLine of(String text) {
		String key = ImportTexts.key(ImportTexts.stripTags(text).replace("#", "").replace("*", ""));
		if (key.length() > 60 || key.contains("。") || key.contains(",") || LIST_ITEM.matcher(key).find()) {
			return null;
		}
		Matcher form = FORM.matcher(key);
		if (!form.find() || form.start() > 40 || !SUFFIX.matcher(key.substring(form.end())).matches()) {
			return null;
		}
		String prefix = key.substring(0, form.start());
		if ("整体".equals(form.group(1)) && prefix.endsWith("项目")) {
			return null;
		}
		TableKind kind = "整体".equals(form.group(1)) ? TableKind.UNIT : TableKind.PROJECT;
		Matcher year = YEAR.matcher(key);
		Integer found = null;
		while (year.find()) {
			found = Integer.parseInt(year.group(1) != null ? year.group(1) : year.group(2));
		}
		return new TitleLine(kind, found);
	}

	/** The year a line states alone, or {@code null}. */
	static Integer yearLine(String text) {
		Matcher matcher = YEAR_LINE.matcher(ImportTexts.key(text));
		if (!matcher.matches()) {
			return null;
		}
		return Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
	}
}
