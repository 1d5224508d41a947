#pragma once
// The Russian ЙЦУКЕН and the Latin QWERTY layouts share keys: «пароль» typed
// with the wrong layout is "gfhjkm". Password checks compare both readings.
#include <string>
#include <string_view>

namespace cabinet::auth {

// Each Russian letter becomes the Latin character on the same key (й -> q, Ж -> ;).
std::u32string russian_to_latin_keys(std::u32string_view text);
// Each Latin letter becomes the Russian letter on the same key (q -> й, Q -> Й).
std::u32string latin_to_russian_keys(std::u32string_view text);

// Romanization of Russian names as in the foreign passport (ICAO 9303):
// «Щукин Пётр» -> "Shchukin Petr".
std::u32string transliterate_russian(std::u32string_view text);

}  // namespace cabinet::auth
