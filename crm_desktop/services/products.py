"""The product catalogue: a category tree, products with list and cost price, a price per customer grade, the
search as you type (Chinese, pinyin full and initials, code, specification) and the price a customer of a grade
pays (`price_for`). Products are not owned: the `products` module's operations guard every path."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import Table, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.base import Base, utcnow
from crm_desktop.db.models import CodeItem, Product, ProductCategory, ProductPrice
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEditError,
    NotFound,
    ServiceError,
    ValidationError,
)
from crm_desktop.services.search_text import fold, has_cjk, pinyin_full, pinyin_initials

MODULE = "products"
CENT = Decimal("0.01")
MAX_MONEY = Decimal("999999999999.99")
PAGE = 200
# Line tables of other documents that name a product; a product used in any of them cannot be deleted.
USING_TABLES = ("quote_lines", "order_lines", "opportunity_products", "return_lines")

REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
BAD_MONEY = QT_TRANSLATE_NOOP("Errors", "Enter an amount of zero or more, e.g. 1280.00.")
CODE_TAKEN = QT_TRANSLATE_NOOP("Errors", "Another product already has the code “{code}”.")
GONE = QT_TRANSLATE_NOOP("Errors", "This product no longer exists.")
CATEGORY_GONE = QT_TRANSLATE_NOOP("Errors", "This category no longer exists.")
IN_USE = QT_TRANSLATE_NOOP(
    "Errors",
    "“{name}” is used in {count} document lines (quotes, orders or opportunities) and cannot be deleted. "
    "Mark it inactive instead.",
)
CATEGORY_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "The category “{name}” still holds sub-categories or products. Move or delete them first."
)
CATEGORY_CYCLE = QT_TRANSLATE_NOOP(
    "Errors", "A category cannot be placed below itself or one of its own children."
)


@dataclass(frozen=True)
class CategoryDTO:
    id: int
    version: int
    parent_id: int | None
    code: str
    name: str
    sort_order: int
    products: int


@dataclass(frozen=True)
class CategoryInput:
    name: str
    code: str = ""
    parent_id: int | None = None
    sort_order: int = 0


@dataclass(frozen=True)
class ProductDTO:
    """A product as lists and pickers show it; `price` is the grade price asked for (else the list price)."""

    id: int
    version: int
    code: str
    name: str
    specification: str
    unit: str
    category_id: int | None
    category_name: str
    list_price: Decimal
    cost_price: Decimal | None
    price: Decimal
    active: bool


@dataclass(frozen=True)
class ProductDetailDTO:
    product: ProductDTO
    notes: str
    grade_prices: dict[int, Decimal]


@dataclass(frozen=True)
class ProductInput:
    code: str
    name: str
    unit: str = ""
    specification: str = ""
    category_id: int | None = None
    list_price: Decimal | str = Decimal("0")
    cost_price: Decimal | str | None = None
    active: bool = True
    notes: str = ""
    # grade (code_items id of category customer_grade) -> price; a blank string removes the grade price
    grade_prices: Mapping[int, Decimal | str] = field(default_factory=dict)


@dataclass(frozen=True)
class ProductQuery:
    text: str = ""
    category_id: int | None = None  # with all its sub-categories
    active_only: bool = True
    grade_id: int | None = None  # resolve `price` for this customer grade
    limit: int = PAGE
    offset: int = 0


def search_document(code: str, name: str, specification: str | None) -> str:
    words = [fold(code), fold(name), fold(specification)]
    folded_name = fold(name)
    if has_cjk(folded_name):
        words += [pinyin_full(folded_name), pinyin_initials(folded_name)]
    return " ".join(w for w in dict.fromkeys(words) if w)


def parse_money(value: Decimal | str | None, *, required: bool = True) -> Decimal | None:
    """A non-negative amount rounded to cents; ValueError when it is not one."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValueError("required")
        return None
    try:
        amount = Decimal(str(value).strip().replace(",", "").replace("，", "").lstrip("¥￥"))
    except InvalidOperation as exc:
        raise ValueError(str(value)) from exc
    if not amount.is_finite() or amount < 0 or amount > MAX_MONEY:
        raise ValueError(str(value))
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def price_for(session: Session, product_id: int, grade_id: int | None) -> Decimal:
    """What a customer of `grade_id` pays: the grade price when one is set, else the list price."""
    if grade_id is not None:
        grade_price = session.execute(
            select(ProductPrice.price).where(
                ProductPrice.product_id == product_id,
                ProductPrice.grade_id == grade_id,
                ProductPrice.deleted_at.is_(None),
            )
        ).scalar_one_or_none()
        if grade_price is not None:
            return Decimal(grade_price)
    list_price = session.execute(
        select(Product.list_price).where(Product.id == product_id)
    ).scalar_one_or_none()
    if list_price is None:
        raise NotFound(GONE)
    return Decimal(list_price)


def usage_count(session: Session, product_id: int) -> int:
    """How many document lines name the product (in the line tables that exist in this schema)."""
    total = 0
    for name in USING_TABLES:
        table = Base.metadata.tables.get(name)
        if isinstance(table, Table) and "product_id" in table.c:
            total += int(
                session.execute(
                    select(func.count()).select_from(table).where(table.c.product_id == product_id)
                ).scalar_one()
            )
    return total


def _subtree(session: Session, root_id: int) -> set[int]:
    rows = session.execute(
        select(ProductCategory.id, ProductCategory.parent_id).where(ProductCategory.deleted_at.is_(None))
    ).all()
    children: dict[int | None, list[int]] = {}
    for cid, parent in rows:
        children.setdefault(parent, []).append(cid)
    found, stack = set(), [root_id]
    while stack:
        node = stack.pop()
        if node not in found:
            found.add(node)
            stack.extend(children.get(node, []))
    return found


class ProductService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # -- categories ------------------------------------------------------------------------------------------

    def categories(self) -> list[CategoryDTO]:
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            counts = dict(
                session.execute(
                    select(Product.category_id, func.count())
                    .where(Product.deleted_at.is_(None))
                    .group_by(Product.category_id)
                ).all()
            )
            rows = session.execute(
                select(ProductCategory)
                .where(ProductCategory.deleted_at.is_(None))
                .order_by(ProductCategory.sort_order, ProductCategory.name, ProductCategory.id)
            ).scalars()
            return [
                CategoryDTO(
                    c.id, c.version, c.parent_id, c.code, c.name, c.sort_order, int(counts.get(c.id, 0))
                )
                for c in rows
            ]

    def save_category(self, data: CategoryInput, category_id: int | None = None) -> int:
        name = data.name.strip()
        if not name:
            raise ValidationError({"name": REQUIRED})
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "edit" if category_id else "create")
            if data.parent_id is not None:
                parent = session.get(ProductCategory, data.parent_id)
                if parent is None or parent.deleted_at is not None:
                    raise NotFound(CATEGORY_GONE)
            if category_id is None:
                category = ProductCategory(created_by=self.user.user_id)
                session.add(category)
            else:
                found = session.get(ProductCategory, category_id)
                if found is None or found.deleted_at is not None:
                    raise NotFound(CATEGORY_GONE)
                if data.parent_id is not None and data.parent_id in _subtree(session, category_id):
                    raise ServiceError(CATEGORY_CYCLE)
                category = found
            category.name, category.code = name, data.code.strip()[:40]
            category.parent_id, category.sort_order = data.parent_id, data.sort_order
            category.updated_by = self.user.user_id
            session.flush()
            audit.record(
                session,
                self.user,
                "update" if category_id else "create",
                "product_category",
                category.id,
                name,
            )
            return category.id

    def delete_category(self, category_id: int) -> None:
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "delete")
            category = session.get(ProductCategory, category_id)
            if category is None or category.deleted_at is not None:
                raise NotFound(CATEGORY_GONE)
            busy = (
                session.execute(
                    select(func.count())
                    .select_from(ProductCategory)
                    .where(ProductCategory.parent_id == category_id, ProductCategory.deleted_at.is_(None))
                ).scalar_one()
                + session.execute(
                    select(func.count())
                    .select_from(Product)
                    .where(Product.category_id == category_id, Product.deleted_at.is_(None))
                ).scalar_one()
            )
            if busy:
                raise ServiceError(CATEGORY_NOT_EMPTY, name=category.name)
            category.deleted_at, category.deleted_by = utcnow(), self.user.user_id
            audit.record(session, self.user, "delete", "product_category", category_id, category.name)

    # -- products --------------------------------------------------------------------------------------------

    def search(self, query: ProductQuery = ProductQuery()) -> list[ProductDTO]:
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            stmt = (
                select(Product, ProductCategory.name, ProductPrice.price)
                .outerjoin(ProductCategory, ProductCategory.id == Product.category_id)
                .outerjoin(
                    ProductPrice,
                    (ProductPrice.product_id == Product.id)
                    & (ProductPrice.grade_id == (query.grade_id if query.grade_id is not None else -1))
                    & ProductPrice.deleted_at.is_(None),
                )
                .where(Product.deleted_at.is_(None))
            )
            folded = fold(query.text)
            if folded:
                stmt = stmt.where(Product.search_text.contains(folded, autoescape=True))
            if query.category_id is not None:
                stmt = stmt.where(Product.category_id.in_(_subtree(session, query.category_id)))
            if query.active_only:
                stmt = stmt.where(Product.active.is_(True))
            if folded:  # codes and names that start with the query first
                stmt = stmt.order_by((func.lower(Product.code) != folded), Product.code, Product.id)
            else:
                stmt = stmt.order_by(Product.code, Product.id)
            rows = session.execute(stmt.offset(query.offset).limit(query.limit)).all()
            return [_dto(p, cat, grade_price) for p, cat, grade_price in rows]

    def get(self, product_id: int) -> ProductDetailDTO:
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            product = self._live(session, product_id)
            category = session.get(ProductCategory, product.category_id) if product.category_id else None
            prices = dict(
                session.execute(
                    select(ProductPrice.grade_id, ProductPrice.price).where(
                        ProductPrice.product_id == product_id, ProductPrice.deleted_at.is_(None)
                    )
                ).all()
            )
            return ProductDetailDTO(
                _dto(product, category.name if category else None, None),
                product.notes or "",
                {int(g): Decimal(p) for g, p in prices.items()},
            )

    def create(self, data: ProductInput) -> ProductDTO:
        return self._save(data, None, None)

    def update(self, product_id: int, version: int, data: ProductInput) -> ProductDTO:
        return self._save(data, product_id, version)

    def delete(self, product_id: int) -> None:
        """Soft delete; refused (nothing changed) while any quote, order or opportunity line names the product."""
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "delete")
            product = self._live(session, product_id)
            used = usage_count(session, product_id)
            if used:
                raise ServiceError(IN_USE, name=product.name, count=used)
            product.deleted_at, product.deleted_by = utcnow(), self.user.user_id
            audit.record(
                session, self.user, "delete", "product", product_id, f"{product.code} {product.name}"
            )

    def _live(self, session: Session, product_id: int) -> Product:
        product = session.get(Product, product_id)
        if product is None or product.deleted_at is not None:
            raise NotFound(GONE)
        return product

    def _clean(
        self, session: Session, data: ProductInput
    ) -> tuple[dict[str, object], dict[int, Decimal | None]]:
        errors: dict[str, str] = {}
        params: dict[str, dict[str, object]] = {}
        code, name = data.code.strip(), data.name.strip()
        if not code:
            errors["code"] = REQUIRED
        if not name:
            errors["name"] = REQUIRED
        values: dict[str, object] = {
            "code": code[:40],
            "name": name[:200],
            "unit": data.unit.strip()[:20],
            "specification": data.specification.strip()[:200] or None,
            "category_id": data.category_id,
            "active": data.active,
            "notes": data.notes.strip() or None,
        }
        for key, raw, required in (
            ("list_price", data.list_price, True),
            ("cost_price", data.cost_price, False),
        ):
            try:
                values[key] = parse_money(raw, required=required)
            except ValueError:
                errors[key] = REQUIRED if required and not str(raw or "").strip() else BAD_MONEY
        grade_prices: dict[int, Decimal | None] = {}
        known = set(
            session.execute(
                select(CodeItem.id).where(
                    CodeItem.category == "customer_grade", CodeItem.deleted_at.is_(None)
                )
            ).scalars()
        )
        for grade_id, raw in data.grade_prices.items():
            if grade_id not in known:
                continue
            try:
                grade_prices[grade_id] = parse_money(raw, required=False)
            except ValueError:
                errors[f"grade_{grade_id}"] = BAD_MONEY
        if data.category_id is not None:
            category = session.get(ProductCategory, data.category_id)
            if category is None or category.deleted_at is not None:
                errors["category_id"] = CATEGORY_GONE
        if errors:
            raise ValidationError(errors, params)
        values["search_text"] = search_document(code, name, data.specification)
        return values, grade_prices

    def _save(self, data: ProductInput, product_id: int | None, version: int | None) -> ProductDTO:
        try:
            with self.db.unit_of_work() as session:
                access.require_live(session, self.user, MODULE, "edit" if product_id else "create")
                values, grade_prices = self._clean(session, data)
                taken = session.execute(
                    select(Product.id).where(
                        func.lower(Product.code) == str(values["code"]).lower(),
                        Product.deleted_at.is_(None),
                        Product.id != (product_id or -1),
                    )
                ).first()
                if taken:
                    raise ValidationError({"code": CODE_TAKEN}, {"code": {"code": values["code"]}})
                if product_id is None:
                    product = Product(created_by=self.user.user_id)
                    session.add(product)
                    before: dict[str, object] = {}
                else:
                    product = self._live(session, product_id)
                    if product.version != version:
                        raise ConcurrentEditError()
                    before = {k: getattr(product, k) for k in values}
                for key, value in values.items():
                    setattr(product, key, value)
                product.updated_by = self.user.user_id
                session.flush()
                self._set_grade_prices(session, product.id, grade_prices)
                changes = audit.diff(before, {k: v for k, v in values.items() if k != "search_text"})
                audit.record(
                    session,
                    self.user,
                    "update" if product_id else "create",
                    "product",
                    product.id,
                    f"{product.code} {product.name}",
                    changes,
                )
                new_id = product.id
        except StaleDataError as exc:
            raise ConcurrentEditError() from exc
        except IntegrityError as exc:  # the live-code index caught a concurrent twin
            raise ValidationError({"code": CODE_TAKEN}, {"code": {"code": data.code.strip()}}) from exc
        return self.get(new_id).product

    def _set_grade_prices(
        self, session: Session, product_id: int, prices: Mapping[int, Decimal | None]
    ) -> None:
        existing = {
            p.grade_id: p
            for p in session.execute(
                select(ProductPrice).where(ProductPrice.product_id == product_id)
            ).scalars()
        }
        for grade_id, price in prices.items():
            row = existing.get(grade_id)
            if price is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(
                    ProductPrice(
                        product_id=product_id, grade_id=grade_id, price=price, created_by=self.user.user_id
                    )
                )
            elif row.price != price or row.deleted_at is not None:
                row.price, row.deleted_at, row.updated_by = price, None, self.user.user_id
        session.flush()


def _dto(product: Product, category_name: str | None, grade_price: Decimal | None) -> ProductDTO:
    list_price = Decimal(product.list_price)
    return ProductDTO(
        id=product.id,
        version=product.version,
        code=product.code,
        name=product.name,
        specification=product.specification or "",
        unit=product.unit or "",
        category_id=product.category_id,
        category_name=category_name or "",
        list_price=list_price,
        cost_price=Decimal(product.cost_price) if product.cost_price is not None else None,
        price=Decimal(grade_price) if grade_price is not None else list_price,
        active=product.active,
    )
