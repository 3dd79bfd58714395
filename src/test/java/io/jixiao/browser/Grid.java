package io.jixiao.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The drafting grid of the table form as a drafter works it: cells entered, keys typed, rows read as shown. */
final class Grid {

	private Grid() {
	}

	/** The grid as shown: a group header as "G:level1 › level2", a row as its name (「待填写」 when blank, as typed when open). */
	@SuppressWarnings("unchecked")
	static List<String> shown(ChromeDriver driver) {
		return (List<String>) driver.executeScript("""
				return Array.from(document.querySelectorAll('#grid-table .tabulator-row')).map(function (row) {
				    return row.classList.contains('tabulator-group')
				        ? 'G:' + row.querySelector('.level1-name').textContent + ' › ' + row.querySelector('.level2-name').textContent
				        : nameOf(row.querySelector('[tabulator-field=name]')); });
				function nameOf(cell) {
				    var editor = cell.querySelector('input');
				    return editor ? editor.value : cell.textContent;
				}""");
	}

	/** The indicator rows only, by name. */
	static List<String> names(ChromeDriver driver) {
		return shown(driver).stream().filter(text -> !text.startsWith("G:")).toList();
	}

	static WebElement cell(ChromeDriver driver, int row, String field) {
		return driver.findElements(By.cssSelector("#grid-table .tabulator-row:not(.tabulator-group)"))
			.get(row - 1)
			.findElement(By.cssSelector("[tabulator-field='" + field + "']"));
	}

	/** Starts editing a cell of the n-th row (from 1), as a Tab into it does. */
	static void edit(ChromeDriver driver, int row, String field) {
		// the editor open elsewhere closes first, as when the drafter clicks or tabs away from it
		driver.executeScript("if (document.activeElement) { document.activeElement.blur(); }");
		WebElement cell = cell(driver, row, field);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", cell);
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> cell.findElements(By.tagName("input")).size() == 1);
	}

	/** Keys typed wherever the focus is. */
	static void keys(ChromeDriver driver, CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
	}

	/** A key pressed with Ctrl held (Ctrl+Enter, Ctrl+S). */
	static void ctrl(ChromeDriver driver, CharSequence key) {
		new Actions(driver).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
	}

	/** Waits until the grid is up (it replaces the rows rendered for reading without scripts). */
	static void ready(ChromeDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.id("indicator-grid")).isDisplayed());
	}
}
