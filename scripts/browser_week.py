#!/usr/bin/env python3
"""A buyer's whole week in a real headless Chromium, from an empty alliance, without the CLI.

    scripts/browser_week.py BASE_URL OUT_DIR

The server's database holds only the alliance file (name, hub, time zone) and the buyer's
account. In the browser the buyer loads the sites, adds four suppliers and loads each one's price
list as the supplier sends it (Comal's CSV, a broadline export, an order guide workbook, and a
bakery's own sheet through a mapping file), reviewing each before importing; adds two directors
and a driver; opens a window. Each director orders and submits. The buyer closes the window,
consolidates, and plans the routes from the vehicles file. The driver, on a 390 px phone, opens
the route, marks a stop arrived and delivered and records a damaged product at the next. Screenshots
go to OUT_DIR. Exits non-zero, naming the step, when anything a user would notice goes wrong.
"""
import datetime
from pathlib import Path

from browser_tour import VIEWPORTS, Tour, TourFailed, check, drive

ROOT = Path(__file__).resolve().parent.parent
BUYER = ("marisol", "comal-buyer")
DIRECTORS = [("esp-director", "piñon-pass-1", "ESP-01"), ("sfe-director", "alegre-pass-1", "SFE-01")]
DRIVER = ("dora", "ruta-norte-26")
SUPPLIERS = [
    # name, fee, minimum, layout to set (None: recognised), mapping file, price list
    ("Sandia Foodservice", "45.00", "750.00", None, None, "catalogs/sandia-foodservice.csv"),
    ("High Desert Foodservice", "40.00", "500.00", "broadline-csv", None, "catalogs/order-guides/high-desert-broadline.csv"),
    ("Valle Verde Distributors", "35.00", "400.00", None, None, "catalogs/order-guides/valle-verde-order-guide.xlsx"),
    ("Pueblo Bakery", "10.00", "75.00", None, "catalogs/order-guides/pueblo-bakery.mapping.yaml", "catalogs/order-guides/pueblo-bakery.csv"),
]


class Week(Tour):
    def notice(self, page, words, step):
        text = page.inner_text("main")
        check(words in text, f"{step}: no \"{words}\" on {page.url}: {text[:400]}")

    def buyer_sets_up(self):
        page = self.sign_in(*BUYER)
        check(page.url.endswith("/buyer"), f"the buyer lands on {page.url}")
        page.click("a[href='/buyer/sites']")
        check("No sites yet" in page.inner_text("main"), "an empty alliance's sites page is not empty")
        page.set_input_files("form[action='/buyer/sites'] input[type=file]", str(ROOT / "demo/sites.csv"))
        page.click("form[action='/buyer/sites'] button[type=submit]")
        self.notice(page, "The sites were loaded.", "loading the sites")
        check(page.locator("main table tbody tr").count() >= 12, "the sites page lists too few sites")
        self.shoot(page, "20-buyer-sites")

        for name, fee, minimum, layout, mapping, price_list in SUPPLIERS:
            page.goto(f"{self.base}/buyer/suppliers")
            page.fill("input[name=name]", name)
            page.fill("input[name=delivery_fee]", fee)
            page.fill("input[name=minimum_order]", minimum)
            page.click("form[action='/buyer/suppliers'] button[type=submit]")
            self.notice(page, "The supplier was added.", f"adding {name}")
            if layout or mapping:
                form = page.locator("form[action$='/layout']")
                if layout:
                    form.locator("select[name=layout]").select_option(layout)
                if mapping:
                    form.locator("input[name=mapping]").set_input_files(str(ROOT / mapping))
                form.locator("button[type=submit]").click()
                self.notice(page, "Saved: its next price list is read this way.", f"setting {name}'s layout")
            page.set_input_files("form[action$='/catalog'] input[type=file]", str(ROOT / price_list))
            page.click("form[action$='/catalog'] button[type=submit]")
            self.notice(page, "What this price list changes", f"reviewing {name}'s price list")
            check(page.locator("#review h3").first.inner_text().startswith("New ("), f"{name}'s review lists no new products")
            if name == "Valle Verde Distributors":
                self.shoot(page, "21-buyer-catalog-review", reload=False)
            page.click("form[action$='/catalog/confirm'] button[type=submit]")
            self.notice(page, "The price list was imported.", f"importing {name}'s price list")
            products = page.locator("main table tbody tr").count()
            check(products >= 8, f"{name} lists {products} products after its import")
        # An order guide names no foods: the buyer accepts the suggestions for the first page of them.
        page.goto(f"{self.base}/buyer/foods")
        page.set_input_files("form[action='/buyer/foods/table'] input[type=file]", str(ROOT / "catalogs/foods.csv"))
        page.click("form[action='/buyer/foods/table'] button[type=submit]")
        self.notice(page, "The food table was loaded", "loading the food table")
        check(page.locator("input[type=radio]:checked").count() > 10, "the foods page suggests no foods")
        page.click("form[action='/buyer/foods'] button[type=submit]")
        self.notice(page, "Saved: menus now order these products.", "naming the new products' foods")
        page.goto(f"{self.base}/buyer/suppliers")
        text = page.inner_text("main")
        for name, *_ in SUPPLIERS:
            check(name in text, f"{name} is not on the suppliers page")
        self.shoot(page, "22-buyer-suppliers")

        page.goto(f"{self.base}/buyer/accounts")
        for username, password, site in DIRECTORS:
            self.add_account(page, username, password, "director", site)
        self.add_account(page, *DRIVER, "driver", None)

        page.goto(f"{self.base}/buyer")
        today = datetime.date.today()
        page.fill("input[name=delivery]", (today + datetime.timedelta(days=7)).isoformat())
        page.fill("input[name=cutoff_date]", (today + datetime.timedelta(days=2)).isoformat())
        page.click("form[action='/buyer/windows'] button[type=submit]")
        self.notice(page, "The window is open for orders.", "opening the window")
        self.window_url = page.url.split("?")[0]
        page.context.close()

    def add_account(self, page, username, password, role, site):
        form = page.locator("form[action='/buyer/accounts']")
        form.locator("input[name=username]").fill(username)
        form.locator("input[name=password]").fill(password)
        form.locator("select[name=role]").select_option(role)
        form.locator("select[name=site]").select_option(site or "")
        form.locator("button[type=submit]").click()
        self.notice(page, f"{username} can sign in now.", f"adding {username}")

    def directors_order(self):
        for (username, password, site), search in zip(DIRECTORS, ["beans", "milk"]):
            page = self.sign_in(username, password)
            check(page.url.endswith(f"/sites/{site}"), f"{username} lands on {page.url}")
            page.click("main a[href$='/order']")
            for query in [search, "tortilla"]:
                page.fill("input[name=q]", query)
                page.click("form[method=get] button[type=submit]")
                matches = page.locator("ul.matches li")
                check(matches.count() > 0, f"{username}: searching for {query} found nothing")
                matches.first.locator("input[name=quantity]").fill("2")
                matches.first.locator("button[type=submit]").click()
                check("saved=1" in page.url, f"{username}: adding {query} did not save: {page.inner_text('main')[:300]}")
            page.click("form[action$='/submit'] button[type=submit]")
            check("submitted=1" in page.url, f"{username}: submitting did not come back submitted")
            page.context.close()

    def follow_job(self, page, step):
        """A job's page refreshes itself until the work is done, then sends the buyer on."""
        for _ in range(240):
            if "/jobs/" not in page.url:
                return
            check(page.locator(".problems").count() == 0, f"{step} failed: {page.inner_text('main')[:400]}")
            page.wait_for_timeout(500)
        raise TourFailed(f"{step} did not finish in two minutes")

    def buyer_runs_the_week(self):
        page = self.sign_in(*BUYER)
        page.goto(self.window_url)
        page.click("form[action$='/close'] button[type=submit]")
        self.notice(page, "The window is closed", "closing the window")
        page.click("form[action$='/consolidate'] button[type=submit]")
        self.follow_job(page, "consolidating")
        self.notice(page, "Consolidated", "consolidating")
        page.click("a[href$='/routes']")
        page.set_input_files("form[action$='/routes'] input[type=file]", str(ROOT / "demo/vehicles.csv"))
        page.select_option("select[name=seconds]", "5")
        page.click("form[action$='/routes'] button[type=submit]")
        self.follow_job(page, "planning the routes")
        self.notice(page, "The routes are planned", "planning the routes")
        check(page.locator("main section[id^=route-]").count() >= 1, "the routes page shows no route")
        check(page.locator("a[href*='/routes/sheets/route-']").count() >= 2, "no route sheets to print")
        drawn = page.evaluate("document.querySelector('img.map') ? document.querySelector('img.map').naturalWidth : 0")
        check(drawn > 0, "the routes page shows no map (the image did not load)")
        self.routes_url = page.url.split("?")[0]
        self.shoot(page, "23-buyer-routes")
        page.context.close()

    def driver_delivers(self):
        context = self.new_context(VIEWPORTS["phone"], "es-MX")
        page = self.signed_in(context, *DRIVER)
        check(page.url.endswith("/driver"), f"the driver lands on {page.url}")
        self.fits(page, "the driver's routes")
        self.capture(page, self.out / "24-driver-routes-phone.png")
        page.locator("main a.button").first.click()
        stops = page.locator("section.stop")
        check(stops.count() >= 2, f"the route has {stops.count()} stops; the week has two sites")
        self.fits(page, "the driver's route")
        first = stops.nth(0)
        first.locator("form:has(input[value=arrived]) button").click()
        check("arrived" in page.locator("section.stop").nth(0).inner_text(), "the first stop is not marked arrived")
        page.locator("section.stop").nth(0).locator("form:has(input[value=delivered]) button").click()
        check("delivered" in page.locator("section.stop").nth(0).inner_text(), "the first stop is not marked delivered")
        second = page.locator("section.stop").nth(1)
        second.locator("details > summary").click()
        second.locator("input[name=eaches]").fill("1")
        second.locator("select[name=reason]").select_option("damaged")
        second.locator("form:has(input[value=exception]) button[type=submit]").click()
        check("1 ×" in page.locator("section.stop").nth(1).inner_text(), "the damaged product is not shown at the second stop")
        self.fits(page, "the driver's route after recording")
        self.capture(page, self.out / "25-driver-route-phone.png")
        page.click("form[action='/language'] button")
        check("Entregado" in page.inner_text("main") or "entregada" in page.inner_text("main"), "the driver's route is not in Spanish")
        self.fits(page, "the driver's route in Spanish")
        self.capture(page, self.out / "26-driver-route-es-phone.png")
        context.close()

        page = self.sign_in(*BUYER)
        page.goto(self.routes_url)
        check("delivered" in page.inner_text("main"), "the buyer's routes page does not show the delivered stop")
        page.context.close()

    def fits(self, page, name):
        width = page.evaluate("document.documentElement.scrollWidth")
        check(width <= VIEWPORTS["phone"]["width"] + 1, f"{name} is {width} px wide on a 390 px phone")


def main():
    drive(__doc__, "browser week", Week, [Week.buyer_sets_up, Week.directors_order, Week.buyer_runs_the_week, Week.driver_delivers])


if __name__ == "__main__":
    main()
