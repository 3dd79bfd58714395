package io.jixiao.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Debian's headless Chromium driven by its chromedriver; downloads nothing. Screenshots go to target/screenshots. One
 * Chromium serves every browser test of the JVM (starting one takes seconds); each test gets it without cookies, on
 * a blank page. The application keeps no other state in the browser (no web storage).
 */
final class Browser {

	private static final File CHROMIUM = new File("/usr/bin/chromium");
	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static ChromeDriver shared;

	private Browser() {
	}

	static synchronized ChromeDriver start() {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"Chromium and chromedriver are installed by .ci/run (apt-get install chromium chromium-driver)");
		if (shared == null) {
			ChromeDriver driver = launch();
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
			shared = driver;
		}
		// cookies of every origin (a session of another test's port included), the screen as launched, then a page of
		// no origin
		shared.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		shared.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		shared.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		shared.get("about:blank");
		return shared;
	}

	/**
	 * The page that held {@code element} has gone (a click loaded the next one). Like Selenium's stalenessOf, but
	 * chromedriver sometimes answers a node of the document being unloaded with "does not belong to the document"
	 * instead of a stale element: that also means gone.
	 */
	static ExpectedCondition<Boolean> gone(WebElement element) {
		return driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException e) {
				return true;
			}
			catch (WebDriverException e) {
				if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw e;
			}
		};
	}

	private static ChromeDriver launch() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1600,1200", "--lang=zh-CN");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort().build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

	static void screenshot(ChromeDriver driver, String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		// the full page, not only the window: let the viewport take the document's height for the shot
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1600, "height",
				Math.max(900, height.intValue()), "deviceScaleFactor", 1, "mobile", false));
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}
}
