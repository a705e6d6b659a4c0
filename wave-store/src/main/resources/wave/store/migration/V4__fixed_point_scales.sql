-- The decimals of the raw fixed-point values the store holds (bars' prices, runs' amounts, quantities and prices),
-- per kind. They follow the range mode of the Wave that writes them (standard: 9, 9, 9; wide: prices 11, quantities
-- and money 6); every store written before this table existed was written in the standard range. One row.

CREATE TABLE fixed_point_scales (
    id              INTEGER NOT NULL PRIMARY KEY,
    price_digits    INTEGER NOT NULL,
    quantity_digits INTEGER NOT NULL,
    money_digits    INTEGER NOT NULL,
    ratio_digits    INTEGER NOT NULL
);

INSERT INTO fixed_point_scales (id, price_digits, quantity_digits, money_digits, ratio_digits) VALUES (1, 9, 9, 9, 9);
