package id.padu.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/**
 * Real headless Debian Chromium driven through the system chromedriver, so Selenium Manager never
 * downloads anything. Where Chromium is absent the browser tests are skipped with a clear message;
 * {@code .ci/run} installs it, so CI never skips them.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");
	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final ChromeDriver driver;
	private final String baseUrl;
	private final File profile;

	private Browser(ChromeDriver driver, String baseUrl, File profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	public static Browser open(int port) throws Exception {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"Browser tests skipped: install Debian packages chromium and chromium-driver (.ci/run does)");
		File profile = Files.createTempDirectory("padu-chromium").toFile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile.getAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
	}

	public WebDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(baseUrl + path);
	}

	public WebElement find(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public void type(By by, String text) {
		WebElement element = find(by);
		element.clear();
		element.sendKeys(text);
	}

	public void click(By by) {
		WebElement element = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.elementToBeClickable(by));
		// Long forms put the button below the fold; a person scrolls there first.
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		try {
			element.click();
		} catch (ElementClickInterceptedException stillMoving) {
			// The page was still laying out (seen once in CI: the header's button reported above the viewport);
			// a person would look again and click once it settled.
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by));
			driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
			element.click();
		}
	}

	public String pageText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * Waits until the page shows every one of the texts. Reading the page right after a click raced the
	 * navigation in CI (the old page's body went stale while it was read), so a check of what the next page
	 * says waits for that page, as a person would.
	 */
	public void expectText(String... texts) {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
				.until(d -> containsAll(pageText(), texts));
		} catch (TimeoutException notShown) {
			throw new AssertionError("The page never showed all of " + List.of(texts) + "; it shows:\n" + pageText());
		}
	}

	private static boolean containsAll(String text, String... texts) {
		for (String expected : texts) {
			if (!text.contains(expected)) {
				return false;
			}
		}
		return true;
	}

	public void signIn(String username, String password) {
		go("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		click(By.cssSelector("form[action='/login'] button[type='submit']"));
		// Wait for the signed-in page: going elsewhere before the sign-in answered raced it on a busy machine.
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	@Override
	public void close() {
		driver.quit();
		deleteRecursively(profile);
	}

	private static void deleteRecursively(File file) {
		File[] children = file.listFiles();
		if (children != null) {
			for (File child : children) {
				deleteRecursively(child);
			}
		}
		file.delete();
	}
}
