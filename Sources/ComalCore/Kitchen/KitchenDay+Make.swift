import Foundation

extension KitchenDay {
    /// The day `date` of `kitchen`: each satellite's menu at its cycle week and the date's weekday, its
    /// counts × the serving sizes per age group into containers, then the batch. Sites, meals and
    /// items keep the kitchen's and the menus' order, so the output never depends on hashing.
    public static func make(
        kitchen: Kitchen, date: CalendarDate, satellites: [Satellite], foods: [Food.ID: Food],
        facts: [Food.ID: FoodFacts]
    ) -> KitchenDay {
        let label = dayLabel(date)
        var day = KitchenDay(date: date, kitchen: kitchen, sites: [], batch: [], problems: [])
        var batch = BatchBuilder(foods: foods)
        for satellite in satellites {
            guard let meals = kitchen.satellite(satellite.site.id)?.meals else { continue }
            guard let menu = satellite.menu else {
                day.problems.append(.noMenu(satellite.site.id))
                continue
            }
            let menuDay: MenuDay?
            do {
                menuDay = try menu.week(satellite.week).days.first { $0.label.lowercased().prefix(3) == label.lowercased() }
            } catch {
                day.problems.append(.noSuchWeek(satellite.site.id, error))
                continue
            }
            let served = Set(menu.ageGroups)
            var service = SiteService(
                site: satellite.site, menuName: menu.name, week: satellite.week, meals: [],
                notOnMenu: satellite.site.mealPatternEnrollment.filter { !served.contains($0.key) })
            let recipes = Dictionary(menu.recipes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for wanted in meals {
                guard let departure = kitchen.departure(of: wanted.meal) else { continue }
                guard let menuMeal = menuDay?.meals.first(where: { $0.type == wanted.meal }) else {
                    day.problems.append(.noMeal(satellite.site.id, day: label, meal: wanted.meal))
                    continue
                }
                let count = satellite.counts[wanted.meal] ?? MealCount(servings: [:], source: .enrollment(percent: 0))
                var meal = Meal(meal: wanted.meal, serveAt: wanted.serveAt, departure: departure, count: count, items: [])
                for menuItem in menuMeal.items {
                    let item = batch.add(
                        menuItem, meal: wanted.meal, ageGroups: menu.ageGroups, count: count, recipes: recipes, facts: facts,
                        place: "\(satellite.site.id) \(PrintedMenu.dayName(label).english) \(wanted.meal.label.english)")
                    guard let item else { continue }
                    meal.items.append(item)
                }
                service.meals.append(meal)
            }
            day.sites.append(service)
        }
        day.batch = batch.finished()
        day.problems += batch.problems.map(KitchenProblem.need)
        return day
    }

    /// Sums the sites' containers item by item and keeps what each batch line serves, to work out
    /// what it takes as bought once every site is in.
    private struct BatchBuilder {
        struct Key: Hashable {
            var meal: MealType
            var dish: MenuItem.Dish
            var unit: String
        }

        let foods: [Food.ID: Food]
        var problems: [NeedProblem] = []
        private var order: [Key] = []
        private var lines: [Key: BatchLine] = [:]
        private var served: [Key: [(Serving, Int)]] = [:]
        private var recipes: [Key: Recipe] = [:]

        init(foods: [Food.ID: Food]) { self.foods = foods }

        mutating func add(
            _ menuItem: MenuItem, meal: MealType, ageGroups: [MealPatternAgeGroup], count: MealCount,
            recipes: [Recipe.ID: Recipe], facts: [Food.ID: FoodFacts], place: String
        ) -> Item? {
            let food: Food?
            let recipe: Recipe?
            switch menuItem.dish {
            case .food(let id):
                guard let known = foods[id] else {
                    problems.append(.unknownFood(id, place: place))
                    return nil
                }
                (food, recipe) = (known, nil)
            case .recipe(let id):
                guard let known = recipes[id] else {
                    problems.append(.unknownRecipe(id, place: place))
                    return nil
                }
                (food, recipe) = (nil, known)
            }
            var item = Item(
                dish: menuItem.dish, name: food?.name ?? recipe!.name, components: components(menuItem, food, recipe),
                temperature: temperature(food, recipe, facts), allergens: allergens(food, recipe, facts), containers: [],
                amounts: [])
            for group in ageGroups {
                guard let portion = menuItem.serving(for: group), let servings = count.servings[group], servings > 0 else {
                    continue
                }
                let amount = KitchenAmount.of(portion, count: servings, food: food)
                item.containers.append(Container(ageGroup: group, servings: servings, portion: portion, amount: amount))
                item.amounts.add(amount)
                let key = Key(meal: meal, dish: menuItem.dish, unit: amount.unit)
                if lines[key] == nil {
                    order.append(key)
                    lines[key] = BatchLine(
                        meal: meal, dish: menuItem.dish, name: item.name, temperature: item.temperature, allergens: item.allergens,
                        amount: KitchenAmount(value: 0, unit: amount.unit), servings: 0, recipeBatches: nil, purchase: [])
                    self.recipes[key] = recipe
                }
                lines[key]!.amount.value += amount.value
                lines[key]!.servings += servings
                served[key, default: []].append((portion, servings))
            }
            return item.containers.isEmpty ? nil : item
        }

        /// The batch by meal, each meal's lines in the order the sites first served them, each line with
        /// its purchase worked out from the exact servings.
        mutating func finished() -> [BatchLine] {
            let byMeal = order.enumerated().sorted { ($0.element.meal, $0.offset) < ($1.element.meal, $1.offset) }.map(\.element)
            return byMeal.map { key in
                var line = lines[key]!
                var needs = MenuNeeds.Builder(foods: foods)
                let place = "batch \(line.meal.label.english), \(line.name.english)"
                switch key.dish {
                case .food(let id): needs.addServed(id, served[key] ?? [], place: place)
                case .recipe:
                    let recipe = recipes[key]!
                    needs.addRecipe(recipe, served[key] ?? [], place: place)
                    let portions = (served[key] ?? []).reduce(Decimal(0)) { sum, part in
                        sum + (Menu.fraction(of: recipe.portion, served: part.0) ?? 0) * Decimal(part.1)
                    }
                    line.recipeBatches = (portions / recipe.servings).rounded(scale: 2, .up)
                }
                line.purchase = needs.needs
                for problem in needs.problems where !problems.contains(problem) { problems.append(problem) }
                return line
            }
        }

        private func components(_ item: MenuItem, _ food: Food?, _ recipe: Recipe?) -> [FoodComponent] {
            if let food { return [item.creditAs ?? food.component].filter { $0 != .nonCreditable } }
            var found: Set<FoodComponent> = []
            for ingredient in recipe?.ingredients ?? [] {
                guard let component = ingredient.creditAs ?? foods[ingredient.food]?.component, component != .nonCreditable
                else { continue }
                found.insert(component)
            }
            return FoodComponent.allCases.filter(found.contains)
        }

        private func temperature(_ food: Food?, _ recipe: Recipe?, _ facts: [Food.ID: FoodFacts]) -> ServingTemperature {
            guard let food else { return .hot }
            return ServingTemperature.of(isRecipe: recipe != nil, component: food.component, storage: facts[food.id]?.storage)
        }

        private func allergens(_ food: Food?, _ recipe: Recipe?, _ facts: [Food.ID: FoodFacts]) -> [Allergen] {
            let ids = food.map { [$0.id] } ?? (recipe?.ingredients.map(\.food) ?? [])
            let found = Set(ids.flatMap { facts[$0]?.allergens ?? [] })
            return found.sorted { $0.rawValue < $1.rawValue }
        }
    }
}
