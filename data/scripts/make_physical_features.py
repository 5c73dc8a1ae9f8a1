#!/usr/bin/env python3
"""Generate data/physical_features.csv from the hand-curated table below.

The table lists physical features (mountain ranges, peaks, rivers, lakes,
deserts, seas/gulfs/bays/straits, valleys, passes, plateaus, plains, basins,
peninsulas, islands, named regions ...) that no package registry ships with
coordinates.  Populated places and administrative areas (countries,
provinces/states, cities) are deliberately NOT included: they come from
GeoNames elsewhere.  An island or region that shares its exact name with a
first-level administrative unit (e.g. Sicily, Tasmania, Hokkaido, Bali,
Punjab, Galapagos) is left out for the same reason.

Selection was systematic, per continent / ocean: the longest rivers, the
largest lakes, the highest and longest mountain ranges and the best-known
peaks, the largest deserts, the principal seas, gulfs, bays and straits,
the best-known valleys, passes and plateaus, major peninsulas and island
groups, and the regions that are commonly named in news reporting
(including conflict areas such as the Panjshir Valley, Korengal Valley,
Wakhan Corridor, Golan Heights or Donbas).  A feature was only included when
its location is well known; an uncertain coordinate is worse than a missing
row.

Row format (one feature per line, fields separated by ';'):

    id; name; aliases; kind; lat; lon; min_lat,min_lon,max_lat,max_lon; country_codes; wiki; feature_code

* aliases and country_codes are '|'-separated.
* wiki is the title of the Wikipedia article the row can be checked against
  (defaults to the name); it ends up in the per-row ``source`` column.
* feature_code is optional and defaults from ``kind`` (see KIND_CODES).
* a line ``@XX`` sets the continent code (AF AS EU NA SA OC AN OCEAN) for
  the rows that follow.
* A bounding box with min_lon > max_lon crosses the antimeridian.

Some aliases are generated: for a river whose name is a bare word
("Nile") we add "Nile River", "River Nile" and "the Nile"; for ranges,
deserts, seas, straits, archipelagos, peninsulas ... we add "the <name>".
Start the aliases field with '!' to suppress the generated aliases for a row.

Usage:  python data/scripts/make_physical_features.py [output.csv]
"""
from __future__ import annotations

import csv
import os
import sys

HEADER = [
    "id", "name", "aliases", "kind", "feature_code", "lat", "lon",
    "min_lat", "min_lon", "max_lat", "max_lon", "country_codes",
    "continent", "source",
]

KIND_CODES = {
    "mountain_range": "MTS", "mountain": "MT", "river": "STM", "lake": "LK",
    "desert": "DSRT", "sea": "SEA", "gulf": "GULF", "bay": "BAY",
    "strait": "STRT", "channel": "CHN", "ocean": "OCN", "valley": "VAL",
    "pass": "PASS", "plateau": "PLAT", "plain": "PLN", "basin": "BSN",
    "peninsula": "PEN", "island": "ISL", "archipelago": "ISLS",
    "region": "RGN", "canyon": "CNYN", "glacier": "GLCR", "delta": "DLTA",
    "cape": "CAPE", "corridor": "RGN", "forest": "FRST", "wetland": "WTLD",
}

# kinds for which a "the <name>" alias reads naturally
THE_KINDS = {
    "mountain_range", "desert", "sea", "gulf", "strait", "channel", "ocean",
    "archipelago", "peninsula", "delta", "canyon", "glacier", "pass",
}
NO_THE_PREFIXES = (
    "Lake ", "Mount ", "Mont ", "Monte ", "Cape ", "Loch ", "Lough ",
    "Pico ", "Lago ", "Laguna ", "Isla ", "Islas ", "Ras ", "Mys ", "Gulf ",
    "Golfo ", "Bahia ", "Baía ", "Col ", "Paso ", "Puerto ", "Tizi ",
)

SOURCE_TMPL = ('hand-curated from general geographic reference knowledge '
               '(cf. Wikipedia article "{wiki}"); coordinates approximate')

DATA: list[str] = []  # blocks of row text, appended below per continent

# ---------------------------------------------------------------------------
# ASIA 1: Afghanistan, Pakistan, Central Asia, Himalaya/Karakoram
# ---------------------------------------------------------------------------
DATA.append(r"""
@AS
hindu-kush; Hindu Kush; Hindukush|Hindu Kush Mountains|Hindu Kush range|Hindoo Koosh; mountain_range; 35.6; 70.6; 34.0,67.0,37.0,74.0; AF|PK; Hindu Kush
panjshir-valley; Panjshir Valley; Panjsher Valley|Panj Shir Valley|Panjshir|Panjsher|Panj Shir|Panjshēr|Panjshir valley|Valley of the Five Lions|the Panjshir Valley|the Panjshir; valley; 35.45; 69.75; 35.3,69.3,35.9,70.6; AF; Panjshir Valley
panjshir-river; Panjshir River; Panjsher River|Panj Shir River|Panjshir Rud|Darya-ye Panjshir|Panjshir river|the Panjshir River; river; 35.40; 69.65; 34.55,69.1,35.95,70.55; AF; Panjshir River
korengal-valley; Korengal Valley; Korangal Valley|Korengal|Korangal|the Korengal Valley|the Korengal; valley; 34.89; 70.91; 34.8,70.84,34.97,71.0; AF; Korangal Valley
kunar-valley; Kunar Valley; Konar Valley|Kunar River valley|the Kunar Valley; valley; 34.85; 71.12; 34.4,70.45,35.5,71.65; AF; Kunar River
kunar-river; Kunar River; Konar River|Chitral River|Kunar Rud|the Kunar River; river; 35.08; 71.35; 34.4,70.45,36.9,73.0; AF|PK; Kunar River
swat-valley; Swat Valley; the Swat Valley|Swat valley; valley; 34.93; 72.47; 34.5,72.0,35.6,72.8; PK; Swat District
swat-river; Swat River; the Swat River; river; 34.77; 72.37; 34.1,71.5,35.8,72.8; PK; Swat River
kabul-river; Kabul River; Kabul Rud|Darya-e Kabul|Kabul river|the Kabul River|Cophen; river; 34.44; 70.40; 33.85,68.3,34.75,72.25; AF|PK; Kabul River
helmand-river; Helmand River; Hirmand River|Hilmand River|Helmand Rud|Hirmand|the Helmand River|Etymander; river; 31.82; 64.56; 30.0,61.2,34.6,68.4; AF|IR; Helmand River
arghandab-river; Arghandab River; Arghandab Rud|the Arghandab River; river; 31.68; 65.62; 31.35,64.3,33.0,67.0; AF; Arghandab River
panj-river; Panj River; Pyanj River|Pyandzh River|Ab-i-Panj|Ab-e Panj|Piandj River|the Panj River; river; 37.50; 71.52; 36.9,68.2,38.5,74.6; AF|TJ; Panj River
amu-darya; Amu Darya; Oxus|Amudarya|Amu River|Jayhun|Oxus River|the Oxus|Amu-Darya|Amu Darya River; river; 39.10; 63.55; 37.0,58.5,43.8,68.5; AF|TJ|UZ|TM; Amu Darya
syr-darya; Syr Darya; Syrdarya|Jaxartes|Sir Darya|Syr-Darya|Seyhun|Syr Darya River; river; 44.83; 65.50; 40.2,60.9,46.2,73.0; UZ|TJ|KZ|KG; Syr Darya
hari-river; Hari River; Harirud|Hari Rud|Herirud|Tejen River|Tedzhen|Hari Rod|the Hari River; river; 34.30; 62.30; 34.0,60.5,37.5,67.3; AF|IR|TM; Hari (river)
spin-ghar; Spin Ghar; Safed Koh|Spin Ghar Mountains|Safed Koh Mountains|Spīn Ghar; mountain_range; 34.08; 70.20; 33.8,69.4,34.3,71.0; AF|PK; Spin Ghar
tora-bora; Tora Bora; Tora Bora caves|Tora Bura|Torah Borah; region; 34.12; 70.22; 34.0,70.1,34.2,70.35; AF; Tora Bora; CAVE
koh-i-baba; Koh-i-Baba; Kuh-e Baba|Koh-e Baba|Baba Mountains|Koh-i-Baba range|the Koh-i-Baba; mountain_range; 34.70; 67.60; 34.45,66.5,34.95,68.5; AF; Koh-i-Baba
band-e-amir; Band-e Amir; Band-e-Amir|Band-i-Amir|Band-e Amir lakes|Lakes of Band-e Amir; lake; 34.84; 67.23; 34.8,67.1,34.9,67.3; AF; Band-e Amir National Park; LKS
bamyan-valley; Bamyan Valley; Bamiyan Valley|Bamian Valley|the Bamyan Valley|the Bamiyan Valley; valley; 34.82; 67.82; 34.75,67.6,34.9,68.0; AF; Bamyan
shomali-plain; Shomali Plain; Shomali|Shamali Plain|Shomali plains|the Shomali Plain|Koh Daman; plain; 34.85; 69.10; 34.6,68.9,35.15,69.4; AF; Shomali Plain
salang-pass; Salang Pass; Kotal-e Salang|Salang Tunnel|Salang|Salang pass|the Salang|the Salang Tunnel; pass; 35.32; 69.03; 35.25,68.95,35.4,69.1; AF; Salang Pass
khyber-pass; Khyber Pass; Khaibar Pass|Kheibar Pass|the Khyber; pass; 34.09; 71.15; 34.0,71.05,34.15,71.45; PK|AF; Khyber Pass
wakhan-corridor; Wakhan Corridor; Wakhan|Wakhan Strip|the Wakhan|the Wakhan Corridor|Wakhan Valley; corridor; 37.00; 73.00; 36.6,71.5,37.45,74.9; AF; Wakhan Corridor
pamir-mountains; Pamir Mountains; Pamirs|the Pamirs|Pamir|the Pamir|Pamir Knot|Roof of the World; mountain_range; 38.50; 73.50; 36.5,70.5,39.8,75.5; TJ|AF|CN|KG; Pamir Mountains
karakoram; Karakoram; Karakoram Range|Karakoram Mountains|the Karakoram|the Karakorum; mountain_range; 35.80; 76.50; 34.5,73.5,37.0,78.5; PK|IN|CN; Karakoram
himalayas; Himalayas; Himalaya|the Himalaya|the Himalayas|Himalayan Mountains|Himalayan range|Himalaya Mountains; mountain_range; 28.60; 84.00; 26.5,72.5,36.0,97.0; IN|NP|BT|CN|PK; Himalayas
tian-shan; Tian Shan; Tien Shan|Tianshan|Tengri Tagh|Tian Shan Mountains|Tien Shan Mountains|the Tian Shan|the Tien Shan; mountain_range; 42.00; 80.00; 39.5,67.5,45.5,95.5; CN|KG|KZ|UZ|TJ; Tian Shan
kunlun-mountains; Kunlun Mountains; Kunlun Shan|Kunlun|Kunlun Range|the Kunlun; mountain_range; 36.20; 85.00; 34.0,75.0,38.0,103.0; CN; Kunlun Mountains
altai-mountains; Altai Mountains; Altay Mountains|the Altai|Altai range; mountain_range; 49.00; 89.00; 44.5,82.5,52.5,100.0; RU|CN|MN|KZ; Altai Mountains
sayan-mountains; Sayan Mountains; Sayan|Sayans|the Sayans|Eastern Sayan|Western Sayan; mountain_range; 52.50; 96.00; 50.5,89.0,55.0,104.0; RU|MN; Sayan Mountains
kopet-dag; Kopet Dag; Kopet Dagh|Koppeh Dagh|Kopetdag|Köpetdag|Kopet-Dag; mountain_range; 37.70; 58.50; 36.0,53.5,39.3,61.2; TM|IR; Kopet Dag
sulaiman-mountains; Sulaiman Mountains; Sulaiman Range|Suleiman Mountains|Koh-e Sulaiman|Sulemani Range|the Sulaiman Range; mountain_range; 30.70; 69.90; 28.5,68.0,32.7,70.8; PK|AF; Sulaiman Mountains
sivalik-hills; Sivalik Hills; Siwalik Hills|Shivalik Hills|Shiwalik Hills|Siwaliks|Churia Hills|Shivaliks; mountain_range; 30.25; 77.90; 26.5,72.5,34.0,89.0; IN|NP|PK|BT; Sivalik Hills; HLLS
mount-everest; Mount Everest; Everest|Sagarmatha|Chomolungma|Qomolangma|Mt Everest|Mt. Everest|Peak XV; mountain; 27.988; 86.925; 27.95,86.88,28.02,86.96; NP|CN; Mount Everest
k2; K2; Chhogori|Mount Godwin-Austen|Qogir|Dapsang|Lambha Pahar; mountain; 35.881; 76.513; 35.85,76.48,35.91,76.55; PK|CN; K2
kangchenjunga; Kangchenjunga; Kanchenjunga|Khangchendzonga|Kanchenjanga|Kangchen Dzö-nga; mountain; 27.703; 88.147; 27.66,88.1,27.74,88.2; NP|IN; Kangchenjunga
lhotse; Lhotse; Lhotse Peak; mountain; 27.962; 86.933; 27.94,86.91,27.98,86.96; NP|CN; Lhotse
makalu; Makalu; Mount Makalu; mountain; 27.889; 87.088; 27.86,87.06,27.92,87.12; NP|CN; Makalu
cho-oyu; Cho Oyu; Qowowuyag; mountain; 28.094; 86.661; 28.07,86.63,28.12,86.69; NP|CN; Cho Oyu
dhaulagiri; Dhaulagiri; Dhaulagiri I|Mount Dhaulagiri; mountain; 28.698; 83.487; 28.67,83.45,28.73,83.52; NP; Dhaulagiri
manaslu; Manaslu; Kutang|Mount Manaslu; mountain; 28.549; 84.559; 28.52,84.53,28.58,84.59; NP; Manaslu
annapurna; Annapurna; Annapurna I|Annapurna Massif|Mount Annapurna; mountain; 28.596; 83.820; 28.5,83.6,28.7,84.1; NP; Annapurna
nanga-parbat; Nanga Parbat; Diamir|Killer Mountain|Mount Nanga Parbat; mountain; 35.237; 74.589; 35.2,74.55,35.27,74.63; PK; Nanga Parbat
nanda-devi; Nanda Devi; Mount Nanda Devi; mountain; 30.376; 79.971; 30.34,79.93,30.41,80.01; IN; Nanda Devi
mount-kailash; Mount Kailash; Kailash|Kangrinboqe|Kang Rinpoche|Mount Kailas|Gang Rinpoche; mountain; 31.067; 81.312; 31.03,81.27,31.1,81.35; CN; Mount Kailash
tirich-mir; Tirich Mir; Terich Mir; mountain; 36.255; 71.842; 36.22,71.8,36.29,71.88; PK; Tirich Mir
noshaq; Noshaq; Nowshak|Noshakh|Mount Noshaq; mountain; 36.433; 71.829; 36.4,71.79,36.47,71.87; AF|PK; Noshaq
ismoil-somoni-peak; Ismoil Somoni Peak; Communism Peak|Stalin Peak|Garmo Peak|Qullai Ismoili Somoni|Pik Kommunizma; mountain; 38.942; 72.015; 38.9,71.97,38.98,72.06; TJ; Ismoil Somoni Peak
jengish-chokusu; Jengish Chokusu; Victory Peak|Pik Pobedy|Peak Pobeda|Tomur Peak|Tömür; mountain; 42.035; 80.125; 42.0,80.08,42.07,80.17; KG|CN; Jengish Chokusu
khan-tengri; Khan Tengri; Han Tengri|Khan-Tengri; mountain; 42.211; 80.175; 42.18,80.14,42.24,80.21; KZ|KG|CN; Khan Tengri
belukha; Belukha Mountain; Belukha|Mount Belukha|Müsdü-Tuu|Kadyn-Bazhy; mountain; 49.807; 86.590; 49.77,86.55,49.84,86.63; RU|KZ; Belukha Mountain
siachen-glacier; Siachen Glacier; Siachen|Siachin Glacier; glacier; 35.45; 77.00; 35.15,76.75,35.7,77.25; IN|PK; Siachen Glacier
baltoro-glacier; Baltoro Glacier; Baltoro; glacier; 35.73; 76.40; 35.65,76.1,35.85,76.6; PK; Baltoro Glacier
kashmir; Kashmir; Kashmir region|Kashmir Valley region|the Kashmir region|Cashmere; region; 34.50; 76.00; 32.3,72.5,37.1,80.4; IN|PK|CN; Kashmir
kashmir-valley; Kashmir Valley; Vale of Kashmir|Valley of Kashmir|the Kashmir Valley|the Valley (Kashmir); valley; 34.00; 74.80; 33.4,73.9,34.7,75.6; IN; Kashmir Valley
aksai-chin; Aksai Chin; Aksayqin|Aksai Qin|Akesai Qin; region; 35.20; 79.30; 34.5,78.3,36.0,80.5; CN|IN; Aksai Chin
galwan-valley; Galwan Valley; Galwan|Galwan River valley|the Galwan Valley; valley; 34.75; 78.25; 34.6,78.1,34.9,78.8; IN|CN; Galwan River
pangong-tso; Pangong Tso; Pangong Lake|Pangong|Pangong Tso Lake|Bangong Co|Bangong Lake; lake; 33.75; 78.75; 33.4,78.3,34.05,79.8; IN|CN; Pangong Tso
nubra-valley; Nubra Valley; Nubra|the Nubra Valley; valley; 34.60; 77.55; 34.4,77.3,35.2,77.9; IN; Nubra Valley
hunza-valley; Hunza Valley; Hunza|the Hunza Valley; valley; 36.32; 74.65; 36.0,74.3,36.9,75.3; PK; Hunza Valley
neelum-valley; Neelum Valley; Neelam Valley|Neelum|the Neelum Valley; valley; 34.58; 73.90; 34.35,73.45,34.9,74.6; PK|IN; Neelum Valley
kaghan-valley; Kaghan Valley; Kaghan|the Kaghan Valley; valley; 34.80; 73.55; 34.55,73.3,35.15,74.1; PK; Kaghan Valley
kurram-valley; Kurram Valley; the Kurram Valley; valley; 33.70; 70.25; 33.35,69.85,34.0,70.6; PK; Kurram Valley
waziristan; Waziristan; North and South Waziristan|the Waziristan region; region; 32.70; 69.85; 32.0,69.3,33.3,70.6; PK; Waziristan
kathmandu-valley; Kathmandu Valley; Nepal Valley|Nepa Valley|the Kathmandu Valley; valley; 27.70; 85.35; 27.55,85.2,27.82,85.55; NP; Kathmandu Valley
hazarajat; Hazarajat; Hazaristan|Hazarajat region; region; 34.00; 66.80; 32.8,64.8,35.3,68.5; AF; Hazarajat
registan-desert; Registan Desert; Rigestan|Rigistan Desert; desert; 30.45; 65.41; 29.9,64.0,31.5,66.8; AF|PK; Registan Desert
dasht-e-margo; Dasht-e Margo; Dasht-i-Margo|Dasht-e-Margo|Desert of Death|Dasht-e Margow; desert; 30.90; 63.00; 30.0,62.3,31.5,64.2; AF; Dasht-e Margo
sistan; Sistan; Seistan|Sakastan|Sistan Basin|Sistan region; region; 31.00; 61.50; 29.5,60.5,32.0,63.0; IR|AF; Sistan
hamun-lakes; Hamun Lakes; Hamun Lake|Hamun-e Helmand|Hamoun Lake|Hamun Wetlands|Lake Hamun|Hamun-e Saberi|Hamun-e Puzak; lake; 31.15; 61.20; 30.6,60.8,31.8,61.9; IR|AF; Hamun Lake; LKI
makran; Makran; Mekran|Makran coast|the Makran|Mokran; region; 25.60; 62.50; 25.0,57.5,27.0,66.5; IR|PK; Makran
fergana-valley; Fergana Valley; Ferghana Valley|Farghona Valley|Fergana Basin|Ferghana Basin|the Fergana Valley|the Ferghana Valley|Farg'ona vodiysi; valley; 40.75; 71.60; 39.9,69.5,41.6,73.6; UZ|KG|TJ; Fergana Valley
alay-valley; Alay Valley; Alai Valley|Alai|the Alay Valley; valley; 39.50; 72.60; 39.25,71.3,39.8,73.6; KG|TJ; Alay Valley
zeravshan-river; Zeravshan River; Zarafshan River|Zarafshon|Zeravshan|Zerafshan|Polytimetus; river; 39.72; 66.95; 39.0,63.5,40.0,70.8; TJ|UZ; Zarafshan River
ili-river; Ili River; Ile River|Ili|the Ili River|Yili River; river; 44.80; 76.30; 42.7,74.0,45.6,84.0; KZ|CN; Ili (river)
issyk-kul; Issyk-Kul; Lake Issyk-Kul|Ysyk-Köl|Issyk Kul|Lake Issyk Kul|Ysyk-Kol|Issyk-Kul Lake; lake; 42.45; 77.30; 42.1,76.2,42.95,78.4; KG; Issyk-Kul
aral-sea; Aral Sea; Lake Aral|Aral Lake|Orol dengizi|Aral Tengizi|the Aral; lake; 45.00; 59.50; 43.3,58.0,46.8,61.9; KZ|UZ; Aral Sea; LKN
lake-balkhash; Lake Balkhash; Balkhash Lake|Balqash Köli|Lake Balqash|Balkash; lake; 46.55; 75.00; 44.9,73.4,47.2,79.3; KZ; Lake Balkhash
lake-zaysan; Lake Zaysan; Zaysan Lake|Lake Zaisan|Zaisan Nor; lake; 48.00; 84.00; 47.7,83.2,48.35,84.8; KZ; Lake Zaysan
karakum-desert; Karakum Desert; Garagum|Kara Kum|Karakum|Qaraqum|Black Sand Desert|Kara-Kum; desert; 39.50; 60.00; 36.5,53.5,42.5,64.5; TM; Karakum Desert
kyzylkum-desert; Kyzylkum Desert; Kyzyl Kum|Qizilqum|Kyzylkum|Kizilkum|Red Sand Desert; desert; 42.00; 64.00; 40.0,60.0,44.5,67.0; UZ|KZ|TM; Kyzylkum Desert
ustyurt-plateau; Ustyurt Plateau; Ustyurt|Ustirt|Üstirt|Ust-Urt|Usturt Plateau; plateau; 43.50; 56.00; 41.0,52.5,46.0,59.5; KZ|UZ|TM; Ustyurt Plateau
mangyshlak-peninsula; Mangyshlak Peninsula; Mangyshlak|Mangistau Peninsula|Mangghystau Peninsula; peninsula; 44.20; 51.50; 43.3,50.2,45.5,53.0; KZ; Mangyshlak Peninsula
kazakh-steppe; Kazakh Steppe; Kazakh Steppes|Kirghiz Steppe|the Kazakh Steppe; region; 48.00; 68.00; 45.5,52.0,54.0,80.0; KZ; Kazakh Steppe
central-asia; Central Asia; Middle Asia|Inner Asia|the Stans|Soviet Central Asia; region; 42.00; 65.00; 35.0,46.5,55.5,87.5; KZ|UZ|TM|KG|TJ; Central Asia
karakum-canal; Karakum Canal; Garagum Canal|Kara Kum Canal|Qaraqum Canal; channel; 37.60; 61.80; 37.0,57.0,38.5,65.1; TM; Karakum Canal; CNL
khunjerab-pass; Khunjerab Pass; Khunjerab|Kunjirap Daban|Khunjerab Top; pass; 36.85; 75.43; 36.8,75.35,36.9,75.5; PK|CN; Khunjerab Pass
karakoram-pass; Karakoram Pass; Karakorum Pass; pass; 35.51; 77.82; 35.46,77.77,35.56,77.87; IN|CN; Karakoram Pass
torugart-pass; Torugart Pass; Turugart Pass|Torugart; pass; 40.55; 75.38; 40.5,75.3,40.6,75.45; KG|CN; Torugart Pass
wakhjir-pass; Wakhjir Pass; Wakhjir|Wakhjir Pass (Wakhan); pass; 37.09; 74.48; 37.04,74.43,37.14,74.54; AF|CN; Wakhjir Pass
bolan-pass; Bolan Pass; Bolan|the Bolan; pass; 29.75; 67.45; 29.45,67.1,30.0,67.75; PK; Bolan Pass
deosai-plains; Deosai Plains; Deosai Plateau|Deosai|Deosai National Park; plateau; 35.00; 75.50; 34.85,75.2,35.15,75.8; PK; Deosai National Park
pothohar-plateau; Pothohar Plateau; Potwar Plateau|Pothwar|Potohar|Pothohar|Potwar; plateau; 33.00; 72.70; 32.5,71.8,33.8,73.8; PK; Pothohar Plateau
cholistan-desert; Cholistan Desert; Cholistan|Rohi; desert; 28.60; 71.50; 27.6,69.5,29.4,73.0; PK; Cholistan Desert
thar-desert; Thar Desert; Great Indian Desert|Thar|the Thar; desert; 27.00; 71.00; 24.0,68.5,30.8,75.5; IN|PK; Thar Desert
indus; Indus; Sindhu|Sindh River|Darya-e-Sindh|Indus River|River Indus|the Indus|Abbasin; river; 31.82; 70.93; 23.6,66.8,35.9,81.5; CN|IN|PK; Indus River
jhelum-river; Jhelum River; Vitasta|Vyeth|the Jhelum|Hydaspes; river; 34.37; 73.47; 31.0,71.8,34.6,75.4; IN|PK; Jhelum River
chenab-river; Chenab River; Chenab|Chandrabhaga|the Chenab|Acesines; river; 32.87; 74.73; 29.3,71.0,33.5,77.5; IN|PK; Chenab River
ravi-river; Ravi River; the Ravi|Iravati|Hydraotes; river; 31.62; 74.27; 30.5,71.8,33.0,77.0; IN|PK; Ravi River
sutlej; Sutlej; Satluj|Sutlej River|Satluj River|the Sutlej|Langqen Zangbo|Hesudrus; river; 30.97; 76.53; 29.0,71.0,31.8,82.0; CN|IN|PK; Sutlej
""")
# ---------------------------------------------------------------------------
# ASIA 2: Middle East, Iran, Arabia, Anatolia, Caucasus
# ---------------------------------------------------------------------------
DATA.append(r"""
@AS
middle-east; Middle East; the Middle East|Mideast|the Mideast|Near East|the Near East|Middle-East; region; 29.00; 45.00; 12.0,25.0,42.0,63.5; SA|IR|IQ|SY|JO|LB|IL|PS|TR|EG|KW|BH|QA|AE|OM|YE|CY; Middle East
levant; Levant; the Levant|Bilad al-Sham|Bilad ash-Sham|Greater Syria|Mashriq|the Mashriq; region; 33.50; 36.00; 29.5,34.2,37.3,41.0; SY|LB|IL|PS|JO; Levant
fertile-crescent; Fertile Crescent; the Fertile Crescent; region; 36.20; 39.00; 29.0,31.0,38.0,49.0; IQ|SY|LB|IL|PS|JO|TR|IR|EG|KW; Fertile Crescent
mesopotamia; Mesopotamia; Bilad al-Rafidayn|Land between the Rivers|Al-Jazira (Mesopotamia); region; 33.00; 44.00; 29.9,38.5,37.5,48.5; IQ|SY|TR|IR|KW; Mesopotamia
gulf-region; Gulf region; the Gulf region|Gulf states|the Gulf states|Arab Gulf states|Gulf Arab states|Persian Gulf states|Arabian Gulf states|Gulf countries|GCC countries; region; 25.30; 51.20; 16.5,34.5,30.2,60.0; SA|KW|BH|QA|AE|OM; Arab states of the Persian Gulf
arabian-peninsula; Arabian Peninsula; Arabia|Arabian subcontinent|Jazirat al-Arab|Arab Peninsula; peninsula; 23.00; 46.00; 12.5,34.5,32.2,60.0; SA|YE|OM|AE|QA|BH|KW|JO|IQ; Arabian Peninsula
hejaz; Hejaz; Hijaz|Al-Hijaz|the Hejaz|the Hijaz; region; 23.50; 39.50; 19.5,35.0,29.5,41.5; SA; Hejaz
najd; Najd; Nejd|the Najd|Central Arabia; region; 25.00; 44.50; 20.5,40.5,28.5,48.0; SA; Najd; PLAT
tihamah; Tihamah; Tihama|Tehama|Tihamat|the Tihamah; plain; 15.50; 43.00; 12.7,38.5,23.5,44.0; YE|SA; Tihamah
rub-al-khali; Rub' al Khali; Empty Quarter|the Empty Quarter|Rub al Khali|Rub' al-Khali|Ar-Rub' al-Khali|Rubʿ al Khali; desert; 20.00; 50.00; 16.5,44.0,23.5,56.0; SA|OM|AE|YE; Rub' al Khali
an-nafud; An Nafud; Nafud|Great Nafud|Nefud|Nafud Desert|Al-Nafud; desert; 28.30; 41.00; 27.0,38.0,29.8,44.0; SA; Nafud desert
ad-dahna; Ad-Dahna; Dahna Desert|Ad Dahna|Dahna|Ad Dahna Desert; desert; 24.95; 47.45; 20.5,44.0,28.5,50.0; SA; Ad-Dahna desert
arabian-desert; Arabian Desert; Arabian desert; desert; 24.00; 45.00; 12.5,34.5,33.0,60.0; SA|YE|OM|AE|QA|KW|JO|IQ; Arabian Desert
syrian-desert; Syrian Desert; Badiat al-Sham|Bādiyat ash-Shām|Syrian Steppe; desert; 33.00; 39.80; 30.0,36.5,35.5,43.5; SY|JO|IQ|SA; Syrian Desert
sarawat-mountains; Sarawat Mountains; Sarat Mountains|Sarawat|Asir Mountains|Hejaz Mountains|Hijaz Mountains|Sarat; mountain_range; 20.00; 41.50; 13.0,35.5,29.5,45.0; SA|YE|JO; Sarawat Mountains
hajar-mountains; Hajar Mountains; Al Hajar Mountains|Al Hajar|Hajar|Jebel Akhdar range|Oman Mountains; mountain_range; 23.20; 57.30; 22.4,55.8,26.4,59.8; OM|AE; Al Hajar Mountains
musandam-peninsula; Musandam Peninsula; Ru'us al-Jibal|Musandam peninsula; peninsula; 26.00; 56.20; 25.5,55.9,26.4,56.5; OM|AE; Musandam Peninsula
ras-al-hadd; Ras al-Hadd; Ras al Hadd|Ras al-Had; cape; 22.53; 59.80; 22.48,59.75,22.58,59.85; OM; Ras al Hadd
persian-gulf; Persian Gulf; Arabian Gulf|the Arabian Gulf|the Gulf|Gulf of Persia|Khalij-e Fars|Persian-Arabian Gulf; gulf; 27.00; 51.00; 23.9,47.7,30.5,56.5; IR|IQ|KW|SA|BH|QA|AE|OM; Persian Gulf
gulf-of-oman; Gulf of Oman; Sea of Oman|Gulf of Makran|the Gulf of Oman; gulf; 24.50; 58.50; 22.4,56.3,26.6,61.8; OM|IR|AE|PK; Gulf of Oman
strait-of-hormuz; Strait of Hormuz; Hormuz Strait|Straits of Hormuz|Hormuz|Strait of Ormuz|Tangeh-ye Hormoz; strait; 26.57; 56.25; 26.0,55.9,26.9,56.9; IR|OM; Strait of Hormuz
arabian-sea; Arabian Sea; Sea of Arabia|Erythraean Sea (Arabian); sea; 15.00; 65.00; 0.0,50.5,25.5,77.5; IN|PK|IR|OM|YE|SO|MV; Arabian Sea
kharg-island; Kharg Island; Khark Island|Khark|Jazireh-ye Khark|Kharg; island; 29.25; 50.32; 29.2,50.27,29.3,50.36; IR; Kharg Island
shatt-al-arab; Shatt al-Arab; Arvand Rud|Arvandrud|Shatt al Arab|Arvand River|Shatt-al-Arab; river; 30.52; 47.85; 29.9,47.4,31.05,48.6; IQ|IR; Shatt al-Arab
faw-peninsula; Al-Faw Peninsula; Faw Peninsula|Fao Peninsula|Al-Faw peninsula|al-Fao Peninsula; peninsula; 29.95; 48.45; 29.8,48.1,30.3,48.65; IQ; Al-Faw Peninsula
mesopotamian-marshes; Mesopotamian Marshes; Iraqi Marshes|Marshes of Iraq|Iraqi Marshlands|Ahwar|Mesopotamian Marshlands|Central Marshes|Hammar Marshes|Hawizeh Marshes; wetland; 31.10; 47.00; 30.5,46.0,32.0,47.8; IQ|IR; Mesopotamian Marshes
euphrates; Euphrates; Firat|Fırat|Al-Furat|Furat|Euphrates River|River Euphrates|the Euphrates|Perat; river; 35.33; 40.15; 30.9,37.8,39.9,47.5; TR|SY|IQ; Euphrates
tigris; Tigris; Dicle|Dijla|Dijlah|Tigris River|River Tigris|the Tigris|Hiddekel; river; 36.34; 43.14; 30.9,39.3,38.6,47.5; TR|SY|IQ; Tigris
karun; Karun; Karun River|Kârun|the Karun; river; 31.32; 48.68; 30.4,48.2,32.7,51.8; IR; Karun
nineveh-plains; Nineveh Plains; Nineveh Plain|Plain of Nineveh|Sahl Naynawa|Nineveh plains; plain; 36.40; 43.35; 36.15,43.1,36.75,43.6; IQ; Nineveh Plains
sinjar-mountains; Sinjar Mountains; Mount Sinjar|Jabal Sinjar|Shingal Mountains|Sinjar Mountain|Sinjar range; mountain_range; 36.37; 41.72; 36.2,41.1,36.5,42.3; IQ|SY; Sinjar Mountains; RDGE
qandil-mountains; Qandil Mountains; Qandil|Mount Qandil|Qendil Mountains|Kandil Mountains; mountain_range; 36.54; 45.00; 36.2,44.75,36.8,45.3; IQ|IR; Qandil Mountains
lake-tharthar; Lake Tharthar; Tharthar Lake|Buhayrat ath-Tharthar|Tharthar Reservoir|Wadi Tharthar lake; lake; 34.00; 43.20; 33.6,42.95,34.35,43.45; IQ; Lake Tharthar
lake-assad; Lake Assad; Buhayrat al-Assad|Tabqa Reservoir|Lake al-Assad|Assad Lake; lake; 36.00; 38.17; 35.8,37.9,36.3,38.6; SY; Lake Assad; RSV
zagros-mountains; Zagros Mountains; Zagros|the Zagros|Zagros Range|Kuhha-ye Zagros; mountain_range; 32.50; 50.00; 27.0,44.0,38.0,57.5; IR|IQ|TR; Zagros Mountains
alborz; Alborz; Elburz|Alburz|Elborz|Alborz Mountains|Elburz Mountains|the Alborz|the Elburz; mountain_range; 36.20; 52.00; 35.5,48.5,38.5,57.5; IR; Alborz
mount-damavand; Mount Damavand; Damavand peak|Demavend|Mount Demavend|Donbavand|Kuh-e Damavand|Qolleh-ye Damavand; mountain; 35.955; 52.109; 35.92,52.07,35.99,52.15; IR; Mount Damavand; VLC
iranian-plateau; Iranian Plateau; Persian Plateau|Plateau of Iran|the Iranian Plateau; plateau; 32.00; 57.00; 25.0,44.0,38.5,72.0; IR|AF|PK; Iranian Plateau
dasht-e-kavir; Dasht-e Kavir; Great Salt Desert|Kavir-e Namak|Dasht-e Kevir|Dasht-i-Kavir|Kavir Desert|Great Kavir; desert; 34.70; 54.50; 33.5,51.5,36.0,58.0; IR; Dasht-e Kavir
dasht-e-lut; Dasht-e Lut; Lut Desert|Dasht-i-Lut|Lut|Dasht-e-Lut; desert; 30.50; 58.70; 28.5,56.5,33.0,60.5; IR; Dasht-e Lut
lake-urmia; Lake Urmia; Urmia Lake|Lake Orumiyeh|Daryacheh-ye Orumiyeh|Lake Urumiyeh|Lake Rezaiyeh; lake; 37.70; 45.40; 37.1,45.0,38.3,46.0; IR; Lake Urmia; LKN
caspian-sea; Caspian Sea; Caspian|the Caspian|Khazar Sea|Mazandaran Sea|Hyrcanian Sea|Kaspiyskoye More; lake; 41.50; 50.50; 36.5,46.5,47.2,54.9; RU|KZ|TM|IR|AZ; Caspian Sea; LKN
kara-bogaz-gol; Garabogazköl; Kara-Bogaz-Gol|Kara Bogaz Gol|Garabogaz Bay|Karabogaz|Garabogazköl Aylagy; lake; 41.30; 53.60; 40.6,52.8,42.05,54.4; TM; Garabogazköl; LGN
absheron-peninsula; Absheron Peninsula; Apsheron Peninsula|Abşeron yarımadası|Apsheron; peninsula; 40.48; 50.05; 40.25,49.4,40.65,50.4; AZ; Absheron Peninsula
caucasus; Caucasus; the Caucasus|Caucasia|Kavkaz|the Caucasus region; region; 42.00; 44.50; 38.8,36.5,47.0,50.5; RU|GE|AM|AZ; Caucasus
south-caucasus; South Caucasus; Transcaucasia|Transcaucasus|Southern Caucasus|the South Caucasus|Transcaucasian region; region; 41.00; 45.00; 38.8,40.0,43.6,50.4; GE|AM|AZ; South Caucasus
caucasus-mountains; Caucasus Mountains; Greater Caucasus|Caucasus Range|Greater Caucasus Mountains|Bolshoy Kavkaz|Caucasian Mountains; mountain_range; 42.70; 44.50; 40.3,37.3,44.9,50.0; RU|GE|AZ; Caucasus Mountains
lesser-caucasus; Lesser Caucasus; Lesser Caucasus Mountains|Minor Caucasus|Little Caucasus|Maly Kavkaz; mountain_range; 40.50; 45.50; 38.8,41.5,41.8,47.0; GE|AM|AZ; Lesser Caucasus
mount-kazbek; Mount Kazbek; Kazbek|Mkinvartsveri|Kazbegi|Mount Kazbegi|Brautsveri; mountain; 42.697; 44.518; 42.66,44.48,42.73,44.55; GE|RU; Mount Kazbek; VLC
darial-gorge; Darial Gorge; Dariali Gorge|Darial Pass|Dariali|Darial|Gates of Alans; canyon; 42.74; 44.63; 42.68,44.6,42.82,44.68; GE|RU; Darial Gorge; GRGE
jvari-pass; Jvari Pass; Cross Pass|Krestovy Pass|Jvari Ugheltekhili; pass; 42.51; 44.45; 42.48,44.42,42.54,44.48; GE; Jvari Pass
nagorno-karabakh; Nagorno-Karabakh; Karabakh|Mountainous Karabakh|Artsakh|Upper Karabakh|Nagorny Karabakh|Nagorno Karabakh; region; 39.80; 46.70; 39.25,46.2,40.3,47.2; AZ; Nagorno-Karabakh
lachin-corridor; Lachin corridor; Lachin Corridor|the Lachin corridor|Berdzor corridor; corridor; 39.65; 46.55; 39.5,46.35,39.8,46.75; AZ; Lachin corridor
zangezur-mountains; Zangezur Mountains; Zangezur|Zangezur range|Zangezur Range|Syunik Mountains; mountain_range; 39.50; 46.00; 38.9,45.6,40.2,46.4; AM|AZ; Zangezur Mountains
lake-sevan; Lake Sevan; Sevana Lich|Sevan Lake|Gegham Sea|Lake Gokcha; lake; 40.35; 45.28; 40.1,44.95,40.6,45.6; AM; Lake Sevan
kura-river; Kura River; Kura|Mtkvari|the Kura|Kura river; river; 41.69; 44.80; 39.2,42.5,42.0,49.5; TR|GE|AZ; Kura (Caspian Sea)
aras-river; Aras River; Aras|Araxes|Araks|Arax|Araz|the Aras; river; 38.95; 45.63; 38.7,40.8,40.3,48.6; TR|AM|AZ|IR; Aras (river)
mount-ararat; Mount Ararat; Ağrı Dağı|Agri Dagi|Great Ararat|Mount Masis|Kuh-e Nuh; mountain; 39.702; 44.298; 39.67,44.26,39.74,44.34; TR; Mount Ararat; VLC
armenian-highlands; Armenian Highlands; Armenian Plateau|Armenian Upland|Armenian Highland; plateau; 39.50; 43.50; 37.5,39.0,41.5,47.0; TR|AM|IR|AZ|GE; Armenian Highlands
anatolia; Anatolia; Asia Minor|Anatolian Peninsula|Anadolu|Anatolian plateau region; peninsula; 39.00; 33.00; 36.0,26.0,42.1,45.0; TR; Anatolia
central-anatolian-plateau; Anatolian Plateau; Central Anatolian Plateau|Central Anatolia plateau|the Anatolian Plateau; plateau; 39.00; 33.50; 37.0,30.5,40.5,38.0; TR; Central Anatolia Region
taurus-mountains; Taurus Mountains; Toros Dağları|Toros Mountains|the Taurus|Toros; mountain_range; 37.20; 34.00; 36.0,29.5,38.8,44.0; TR; Taurus Mountains
pontic-mountains; Pontic Mountains; Pontic Alps|Kuzey Anadolu Dağları|North Anatolian Mountains|Parhar Mountains|Pontus Mountains; mountain_range; 40.75; 39.00; 40.0,31.5,41.8,42.5; TR|GE; Pontic Mountains
lake-van; Lake Van; Van Gölü|Lake of Van|Van Lake; lake; 38.60; 42.90; 38.3,42.25,39.05,43.65; TR; Lake Van; LKN
lake-tuz; Lake Tuz; Tuz Gölü|Tuz Golu|Salt Lake of Turkey|Lake Tatta; lake; 38.75; 33.35; 38.4,33.1,39.1,33.6; TR; Lake Tuz; LKN
kizilirmak; Kızılırmak; Kizilirmak|Kızılırmak River|Kizilirmak River|Halys|Halys River|Red River (Turkey); river; 39.75; 37.02; 38.5,32.7,41.8,38.5; TR; Kızılırmak River
orontes; Orontes; Orontes River|Asi River|Nahr al-Asi|Al-Asi|Asi Nehri|the Orontes; river; 35.13; 36.75; 34.0,35.9,36.3,36.8; LB|SY|TR; Orontes River
lebanon-mountains; Lebanon Mountains; Mount Lebanon range|Jabal Lubnan range|Lebanon range|Mount Lebanon mountains; mountain_range; 34.00; 35.85; 33.3,35.4,34.7,36.4; LB; Mount Lebanon
anti-lebanon-mountains; Anti-Lebanon Mountains; Anti-Lebanon|Anti-Lebanon range|Jebel esh Sharqi|Eastern Mountains (Lebanon)|Jabal al-Sharqi|Antilibanus; mountain_range; 33.80; 36.20; 33.2,35.7,34.6,36.8; LB|SY; Anti-Lebanon Mountains
mount-hermon; Mount Hermon; Hermon|Jabal al-Shaykh|Jabal el-Sheikh|Har Hermon|Jebel esh-Sheikh; mountain; 33.416; 35.857; 33.38,35.82,33.45,35.9; SY|LB|IL; Mount Hermon
bekaa-valley; Bekaa Valley; Beqaa Valley|Bekaa|Beqaa|Biqa Valley|Beka'a Valley|the Bekaa|the Bekaa Valley|the Beqaa; valley; 33.85; 35.95; 33.4,35.6,34.5,36.5; LB; Beqaa Valley
litani-river; Litani River; Litani|the Litani|Leontes|Nahr al-Litani; river; 33.56; 35.70; 33.28,35.22,34.05,36.2; LB; Litani River
shebaa-farms; Shebaa Farms; Shebaa farms|Mazarei Shebaa|Sheba'a Farms|Har Dov|Mount Dov; region; 33.28; 35.72; 33.22,35.65,33.33,35.78; LB|SY|IL; Shebaa Farms
golan-heights; Golan Heights; Golan|the Golan|the Golan Heights|Jawlan|Al-Jawlan|Ramat HaGolan|Syrian Golan; plateau; 33.00; 35.75; 32.65,35.6,33.35,35.95; SY|IL; Golan Heights
hula-valley; Hula Valley; Huleh Valley|Hula Basin|Emek HaHula; valley; 33.10; 35.60; 32.95,35.55,33.3,35.68; IL; Hula Valley
galilee; Galilee; the Galilee|HaGalil|Al-Jalil|Upper Galilee|Lower Galilee; region; 32.90; 35.35; 32.5,35.0,33.3,35.65; IL; Galilee
sea-of-galilee; Sea of Galilee; Lake Tiberias|Kinneret|Lake Kinneret|Lake of Gennesaret|Yam Kinneret|Buhayrat Tabariya; lake; 32.82; 35.59; 32.7,35.5,32.9,35.65; IL; Sea of Galilee
jezreel-valley; Jezreel Valley; Plain of Esdraelon|Emek Yizre'el|Marj Ibn Amer|Valley of Jezreel|Esdraelon; valley; 32.60; 35.25; 32.5,35.05,32.75,35.55; IL; Jezreel Valley
mount-carmel; Mount Carmel; Carmel mountain range|Har HaKarmel|Jabal Mar Elias; mountain; 32.72; 35.05; 32.6,34.95,32.83,35.15; IL; Mount Carmel
jordan-river; Jordan River; River Jordan|the Jordan|the Jordan River|Nahr al-Urdun|Yarden|Nahar HaYarden|Jordan river; river; 32.10; 35.55; 31.75,35.5,33.42,35.75; IL|JO|SY|LB|PS; Jordan River
jordan-valley; Jordan Valley; Jordan Rift Valley|the Jordan Valley|Al-Ghor|Ghor Valley|Bik'at HaYarden|Jordan Valley (Middle East); valley; 32.10; 35.55; 31.7,35.45,32.75,35.7; JO|IL|PS; Jordan Valley
dead-sea; Dead Sea; Salt Sea|Yam HaMelah|Al-Bahr al-Mayyit|Sea of Lot|Lake Asphaltites|the Dead Sea; lake; 31.50; 35.50; 31.0,35.35,31.8,35.6; IL|JO|PS; Dead Sea; LKN
judaean-desert; Judaean Desert; Judean Desert|Wilderness of Judea|Midbar Yehuda|Judean wilderness|Al-Bariyah; desert; 31.60; 35.30; 31.2,35.1,32.1,35.55; PS|IL; Judaean Desert
negev; Negev; Negev Desert|Naqab|Al-Naqab|the Negev|Negeb; desert; 30.80; 34.80; 29.5,34.25,31.5,35.45; IL; Negev
arabah; Arabah; Arava|Wadi Araba|Wadi Arabah|Arava Valley|Aravah|the Arava|the Arabah; valley; 30.45; 35.15; 29.55,34.9,31.05,35.45; IL|JO; Arabah
wadi-rum; Wadi Rum; Wadi Ram|Wādī Ramm; valley; 29.58; 35.42; 29.4,35.3,29.75,35.6; JO; Wadi Rum
sinai-peninsula; Sinai Peninsula; Sinai|the Sinai|the Sinai Peninsula|Shibh Jazirat Sina; peninsula; 29.50; 33.80; 27.7,32.3,31.3,34.9; EG; Sinai Peninsula
mount-sinai; Mount Sinai; Jabal Musa|Gebel Musa|Mount Horeb|Mount Moses|Jebel Musa (Sinai); mountain; 28.539; 33.975; 28.51,33.94,28.57,34.01; EG; Mount Sinai
gulf-of-aqaba; Gulf of Aqaba; Gulf of Eilat|Aqaba Gulf|Gulf of Elat|Khalij al-Aqaba; gulf; 28.75; 34.70; 27.9,34.4,29.55,35.0; EG|SA|JO|IL; Gulf of Aqaba
""")
# ---------------------------------------------------------------------------
# ASIA 3: South Asia (India, Bangladesh, Nepal, Sri Lanka)
# ---------------------------------------------------------------------------
DATA.append(r"""
@AS
south-asia; South Asia; Southern Asia|the Indian subcontinent region|South-Asia; region; 23.00; 80.00; 5.0,60.5,37.1,97.5; IN|PK|BD|NP|BT|LK|AF|MV; South Asia
indian-subcontinent; Indian subcontinent; the Indian subcontinent|the Subcontinent|Indian Subcontinent|Indian peninsula; region; 22.00; 79.00; 5.9,60.9,37.1,97.4; IN|PK|BD|NP|BT|LK; Indian subcontinent
deccan-plateau; Deccan Plateau; Deccan|the Deccan|Deccan plateau|Great Peninsular Plateau; plateau; 17.00; 77.00; 11.0,73.5,22.5,82.5; IN; Deccan Plateau
chota-nagpur-plateau; Chota Nagpur Plateau; Chotanagpur Plateau|Chhota Nagpur|Chota Nagpur|Chhotanagpur Plateau; plateau; 23.50; 85.00; 21.5,82.5,25.5,88.0; IN; Chota Nagpur Plateau
indo-gangetic-plain; Indo-Gangetic Plain; Indus-Ganga Plain|Indo-Ganga Plain|North Indian River Plain|Gangetic Plain|Gangetic plains|Indo-Gangetic plains; plain; 27.00; 80.00; 21.5,66.5,32.5,92.5; IN|PK|BD|NP; Indo-Gangetic Plain
terai; Terai; Tarai|the Terai|Madhesh plains; plain; 27.50; 84.00; 26.3,79.0,29.2,89.0; NP|IN; Terai
western-ghats; Western Ghats; Sahyadri|Sahyadri Mountains|Sahyadris|the Western Ghats; mountain_range; 13.00; 75.50; 8.1,72.9,21.3,78.0; IN; Western Ghats
eastern-ghats; Eastern Ghats; Mahendra Parvatam|the Eastern Ghats; mountain_range; 17.80; 82.30; 11.0,76.5,22.0,86.5; IN; Eastern Ghats
vindhya-range; Vindhya Range; Vindhyas|Vindhya Mountains|the Vindhyas; mountain_range; 23.50; 78.50; 22.3,74.0,25.5,83.5; IN; Vindhya Range
satpura-range; Satpura Range; Satpuras|Satpura Hills|the Satpuras; mountain_range; 21.90; 77.50; 21.0,73.5,23.0,81.5; IN; Satpura Range
aravalli-range; Aravalli Range; Aravallis|Aravalli Hills|Aravali Range|the Aravallis; mountain_range; 25.30; 73.60; 23.5,72.5,28.7,77.4; IN; Aravalli Range
nilgiri-hills; Nilgiri Hills; Nilgiri Mountains|Nilgiri range|the Nilgiris hills; mountain_range; 11.40; 76.70; 11.1,76.2,11.7,77.1; IN; Nilgiri Mountains; HLLS
ganges; Ganges; Ganga|Ganges River|River Ganges|the Ganges|Gangā|River Ganga|Ganga River; river; 25.30; 83.02; 21.5,77.8,31.1,90.8; IN|BD; Ganges
yamuna; Yamuna; Jumna|Yamuna River|the Yamuna|River Yamuna; river; 28.61; 77.26; 25.3,77.0,31.1,81.9; IN; Yamuna
brahmaputra; Brahmaputra; Brahmaputra River|Yarlung Tsangpo|Yarlung Zangbo|Tsangpo|Siang|Jamuna River (Bangladesh)|the Brahmaputra|Luit; river; 26.19; 91.73; 23.0,82.0,31.0,96.0; CN|IN|BD; Brahmaputra River
godavari; Godavari; Godavari River|the Godavari|Dakshina Ganga; river; 17.67; 80.89; 16.3,73.4,20.1,82.4; IN; Godavari River
krishna-river; Krishna River; Kistna River|Kistna|the Krishna River; river; 16.09; 78.90; 15.5,73.6,18.1,81.2; IN; Krishna River
narmada; Narmada; Narmada River|Narbada|Nerbudda|the Narmada|Rewa River; river; 22.77; 77.72; 21.5,72.6,23.2,81.8; IN; Narmada River
kaveri; Kaveri; Cauvery|Kaveri River|Cauvery River|the Kaveri|the Cauvery; river; 12.12; 77.78; 10.0,75.5,13.5,79.9; IN; Kaveri
mahanadi; Mahanadi; Mahanadi River|the Mahanadi; river; 21.52; 83.87; 19.9,81.3,23.0,86.8; IN; Mahanadi
kosi-river; Kosi River; Koshi River|Sapta Koshi|the Kosi; river; 26.53; 86.93; 25.3,85.0,29.0,88.5; NP|IN|CN; Kosi River
ganges-delta; Ganges Delta; Ganges–Brahmaputra Delta|Ganges-Brahmaputra Delta|Bengal Delta|Sundarbans Delta; delta; 22.80; 89.50; 21.5,87.5,25.0,92.0; BD|IN; Ganges Delta
sundarbans; Sundarbans; Sunderbans|Sundarban|the Sundarbans|Sundarbans mangrove forest; forest; 21.95; 89.20; 21.5,88.0,22.6,89.9; BD|IN; Sundarbans
bengal; Bengal; Bengal region|Greater Bengal|Bengal Presidency region; region; 23.50; 89.00; 21.5,86.0,27.2,92.7; IN|BD; Bengal
chittagong-hill-tracts; Chittagong Hill Tracts; Hill Tracts|Chattogram Hill Tracts; region; 22.60; 92.20; 21.3,91.7,23.7,92.7; BD; Chittagong Hill Tracts
rann-of-kutch; Rann of Kutch; Great Rann of Kutch|Rann of Kachchh|Kutch Rann|the Rann; wetland; 24.00; 70.00; 23.2,68.5,24.7,71.5; IN|PK; Rann of Kutch; MRSH
kathiawar; Kathiawar; Kathiawar Peninsula|Saurashtra Peninsula|Kathiawad; peninsula; 21.80; 70.80; 20.7,68.9,23.0,72.3; IN; Kathiawar
malabar-coast; Malabar Coast; Malabar|the Malabar Coast; region; 11.00; 75.90; 8.2,74.8,14.0,76.9; IN; Malabar Coast
coromandel-coast; Coromandel Coast; the Coromandel Coast|Cholamandalam; region; 12.50; 80.10; 10.3,79.5,16.0,80.4; IN; Coromandel Coast
konkan; Konkan; Konkan Coast|Konkan coast|the Konkan; region; 17.00; 73.30; 14.8,72.6,20.5,74.0; IN; Konkan
cape-comorin; Cape Comorin; Kanyakumari Cape|Comorin Cape; cape; 8.08; 77.55; 8.05,77.52,8.11,77.58; IN; Kanyakumari
dal-lake; Dal Lake; Dal Jheel|Lake Dal; lake; 34.11; 74.87; 34.08,74.83,34.15,74.9; IN; Dal Lake
chilika-lake; Chilika Lake; Chilka Lake|Chilika|Chilka; lake; 19.70; 85.35; 19.45,85.05,19.95,85.6; IN; Chilika Lake; LGN
zoji-la; Zoji La; Zojila|Zojila Pass|Zoji La Pass; pass; 34.28; 75.47; 34.25,75.43,34.31,75.51; IN; Zoji La
khardung-la; Khardung La; Khardung Pass|Khardungla; pass; 34.28; 77.60; 34.25,77.57,34.31,77.63; IN; Khardung La
rohtang-pass; Rohtang Pass; Rohtang La|Rohtang; pass; 32.37; 77.25; 32.34,77.22,32.4,77.28; IN; Rohtang Pass
nathu-la; Nathu La; Nathu La Pass|Nathula|Nathu-La; pass; 27.386; 88.831; 27.36,88.8,27.41,88.86; IN|CN; Nathu La
lipulekh-pass; Lipulekh Pass; Lipulekh|Lipu-Lekh Pass|Lipu Lekh; pass; 30.23; 81.03; 30.2,81.0,30.26,81.06; IN|CN|NP; Lipulekh Pass
doklam; Doklam; Donglang|Zhoglam|Doklam Plateau|Doka La; plateau; 27.30; 88.95; 27.2,88.8,27.4,89.1; BT|CN; Doklam
palk-strait; Palk Strait; Palk Bay|the Palk Strait; strait; 10.00; 79.70; 9.3,78.9,10.5,80.3; IN|LK; Palk Strait
gulf-of-mannar; Gulf of Mannar; Gulf of Manaar|the Gulf of Mannar; gulf; 8.50; 79.00; 7.8,77.8,9.3,79.9; IN|LK; Gulf of Mannar
laccadive-sea; Laccadive Sea; Lakshadweep Sea|the Laccadive Sea; sea; 9.00; 75.00; 6.0,71.5,14.5,79.9; IN|LK|MV; Laccadive Sea
gulf-of-kutch; Gulf of Kutch; Gulf of Kachchh|Gulf of Cutch; gulf; 22.60; 69.60; 22.2,68.8,23.05,70.5; IN; Gulf of Kutch
gulf-of-khambhat; Gulf of Khambhat; Gulf of Cambay|Khambhat Gulf; gulf; 21.50; 72.40; 20.6,71.8,22.4,72.9; IN; Gulf of Khambhat
bay-of-bengal; Bay of Bengal; the Bay of Bengal|Bengal Bay; bay; 15.00; 88.00; 5.0,78.0,23.0,98.0; IN|BD|MM|LK; Bay of Bengal
andaman-islands; Andaman Islands; Andamans|the Andamans|Andaman archipelago; archipelago; 12.00; 92.80; 10.5,92.2,13.7,93.1; IN; Andaman Islands
nicobar-islands; Nicobar Islands; Nicobars|the Nicobars|Nicobar archipelago; archipelago; 8.00; 93.50; 6.7,92.7,9.3,94.0; IN; Nicobar Islands
andaman-sea; Andaman Sea; Burma Sea|the Andaman Sea; sea; 10.00; 96.00; 5.0,92.0,17.0,99.0; MM|TH|MY|IN|ID; Andaman Sea
""")
# ---------------------------------------------------------------------------
# ASIA 4: China, Mongolia, Korea, Japan, Siberia and the Russian Far East
# ---------------------------------------------------------------------------
DATA.append(r"""
@AS
east-asia; East Asia; Eastern Asia|the Far East|Far East; region; 35.00; 115.00; 18.0,73.0,54.0,146.0; CN|JP|KR|KP|MN|TW; East Asia
tibetan-plateau; Tibetan Plateau; Qinghai–Tibet Plateau|Qinghai-Tibet Plateau|Qinghai-Xizang Plateau|Plateau of Tibet|Tibet Plateau|Xizang Plateau|Roof of the World (Tibet); plateau; 33.00; 88.00; 26.5,73.5,39.5,104.5; CN|IN|NP|BT|PK; Tibetan Plateau
changtang; Changtang; Chang Tang|Qiangtang|Northern Plateau (Tibet); plateau; 34.00; 86.00; 31.5,78.5,36.5,92.5; CN|IN; Changtang
transhimalaya; Transhimalaya; Gangdise Mountains|Gangdisê Shan|Kailas Range|Trans-Himalaya|Gangdise Shan|Nyenchen Tanglha Mountains; mountain_range; 30.50; 86.00; 29.0,80.0,32.0,97.0; CN; Transhimalaya
lake-manasarovar; Lake Manasarovar; Manasarovar|Mapam Yumco|Mansarovar|Manasa Sarovar|Mapam Yum Tso; lake; 30.67; 81.46; 30.57,81.35,30.78,81.58; CN; Lake Manasarovar
namtso; Namtso; Nam Co|Nam Tso|Lake Namtso|Tengri Nor; lake; 30.70; 90.60; 30.5,90.2,30.95,91.0; CN; Namtso; LKN
qinghai-lake; Qinghai Lake; Koko Nor|Kokonor|Kuku Nur|Qinghai Hu|Tso Ngonpo|Lake Qinghai; lake; 36.90; 100.20; 36.5,99.6,37.3,100.8; CN; Qinghai Lake; LKN
qaidam-basin; Qaidam Basin; Tsaidam Basin|Tsaidam|Qaidam|Chaidamu Basin; basin; 37.00; 94.50; 35.8,90.0,39.3,99.0; CN; Qaidam Basin
tarim-basin; Tarim Basin; the Tarim Basin|Tarim Pendi; basin; 39.50; 83.00; 36.0,74.5,42.5,91.0; CN; Tarim Basin
taklamakan-desert; Taklamakan Desert; Taklimakan Desert|Taklamakan|Taklimakan|Takla Makan|the Taklamakan; desert; 38.90; 82.90; 36.5,77.5,41.0,89.0; CN; Taklamakan Desert
tarim-river; Tarim River; Tarim He|the Tarim River|Tarim Darya; river; 41.10; 84.30; 38.5,75.0,42.0,89.0; CN; Tarim River
dzungaria; Dzungaria; Junggar Basin|Dzungarian Basin|Jungaria|Zungaria|Dzungarian basin|Junggar Pendi; basin; 45.00; 86.50; 43.5,80.0,47.5,92.0; CN; Dzungaria
gurbantunggut-desert; Gurbantünggüt Desert; Gurbantunggut Desert|Gurbantonggut|Dzoosotoyn Elisen|Junggar Desert; desert; 45.20; 87.50; 44.2,84.5,46.5,91.0; CN; Gurbantünggüt Desert
turpan-depression; Turpan Depression; Turfan Depression|Turpan Basin|Turfan Basin|Tulufan Pendi; basin; 42.70; 89.30; 42.3,88.0,43.3,91.0; CN; Turpan Depression; DPR
gobi-desert; Gobi Desert; Gobi|the Gobi|Gobi desert|Govi; desert; 43.00; 105.00; 38.5,90.5,47.0,118.0; MN|CN; Gobi Desert
badain-jaran-desert; Badain Jaran Desert; Badain Jaran|Badanjilin Desert|Badanjilin Shamo; desert; 40.50; 102.00; 39.5,100.0,42.0,104.0; CN; Badain Jaran Desert
tengger-desert; Tengger Desert; Tengger|Tenggeli Desert|Tengger Shamo; desert; 38.50; 104.30; 37.5,102.5,40.0,106.0; CN; Tengger Desert
mu-us-desert; Mu Us Desert; Ordos Desert|Maowusu Desert|Mu Us Sandy Land|Mu Us; desert; 38.60; 109.00; 37.5,107.5,39.5,110.5; CN; Mu Us Desert
mongolian-plateau; Mongolian Plateau; Mongolian plateau|Mongolian Steppe; plateau; 46.00; 105.00; 37.5,87.5,53.5,122.0; MN|CN|RU; Mongolian Plateau
eurasian-steppe; Eurasian Steppe; Great Steppe|the Steppe|the Great Steppe|the Steppes|Eurasian steppes; region; 48.00; 70.00; 40.0,20.0,55.0,125.0; UA|RU|KZ|MN|CN|HU|RO|MD; Eurasian Steppe
khangai-mountains; Khangai Mountains; Khangai|Khangay Mountains|Hangayn Nuruu|Khangai range; mountain_range; 47.50; 99.50; 46.0,96.0,49.5,103.0; MN; Khangai Mountains
khovsgol-lake; Khövsgöl Lake; Lake Khövsgöl|Lake Khuvsgul|Hovsgol Lake|Khövsgöl Nuur|Lake Hovsgol|Khuvsgul Lake; lake; 51.00; 100.50; 50.4,100.2,51.65,100.9; MN; Lake Khövsgöl
loess-plateau; Loess Plateau; Huangtu Gaoyuan|Yellow Earth Plateau|the Loess Plateau; plateau; 36.50; 108.50; 33.7,100.8,41.5,114.5; CN; Loess Plateau
yunnan-guizhou-plateau; Yunnan–Guizhou Plateau; Yunnan-Guizhou Plateau|Yungui Plateau|Yungui Gaoyuan; plateau; 25.50; 104.50; 22.5,99.5,28.5,111.0; CN; Yunnan–Guizhou Plateau
sichuan-basin; Sichuan Basin; Red Basin|Szechwan Basin|Sichuan Pendi|Chengdu Basin region; basin; 30.00; 105.50; 28.0,102.8,32.8,110.0; CN; Sichuan Basin
north-china-plain; North China Plain; Huabei Plain|Huang-Huai-Hai Plain|Central Plain (China)|Huabei Pingyuan; plain; 36.00; 116.00; 32.0,112.5,40.5,122.0; CN; North China Plain
northeast-china-plain; Northeast China Plain; Manchurian Plain|Songliao Plain|Songnen Plain|Dongbei Pingyuan; plain; 45.00; 125.00; 40.5,120.5,50.0,132.5; CN; Northeast China Plain
manchuria; Manchuria; Northeast China|Dongbei|Manchuria region|Inner Manchuria|Outer Manchuria; region; 45.00; 126.00; 38.7,115.5,53.6,135.1; CN|RU; Manchuria
qilian-mountains; Qilian Mountains; Qilian Shan|Nan Shan|Richthofen Range|Qilian range; mountain_range; 38.50; 99.00; 36.5,93.5,40.0,103.5; CN; Qilian Mountains
qinling; Qinling; Qinling Mountains|Tsinling|Qin Mountains|Qinling range; mountain_range; 33.80; 108.00; 32.5,104.5,34.7,113.5; CN; Qinling
hengduan-mountains; Hengduan Mountains; Hengduan Shan|Hengduan range; mountain_range; 28.50; 99.50; 24.5,97.5,33.5,103.0; CN|MM; Hengduan Mountains
taihang-mountains; Taihang Mountains; Taihang Shan|Taihangshan|Taihang range; mountain_range; 37.00; 113.80; 34.8,112.5,40.0,114.5; CN; Taihang Mountains
greater-khingan; Greater Khingan; Greater Khingan Range|Greater Hinggan Mountains|Da Hinggan Ling|Da Xing'anling|Great Khingan; mountain_range; 49.00; 121.00; 42.5,115.5,53.5,127.0; CN; Greater Khingan
changbai-mountains; Changbai Mountains; Changbai Shan|Jangbaek Mountains|Changbai range|Long White Mountains; mountain_range; 42.00; 128.00; 39.5,124.0,45.5,131.5; CN|KP; Changbai Mountains
paektu-mountain; Paektu Mountain; Mount Paektu|Mount Baekdu|Baekdu Mountain|Paektusan|Changbai Mountain|Changbaishan|Baekdusan; mountain; 42.005; 128.055; 41.97,128.0,42.04,128.1; CN|KP; Paektu Mountain; VLC
mount-tai; Mount Tai; Tai Shan|Taishan (mountain)|Mount Taishan; mountain; 36.25; 117.10; 36.2,117.05,36.3,117.15; CN; Mount Tai
yangtze; Yangtze; Chang Jiang|Changjiang|Yangtze River|River Yangtze|the Yangtze|Yangtze Kiang|Jinsha River (upper Yangtze); river; 30.55; 114.29; 24.5,90.5,35.0,122.0; CN; Yangtze
yellow-river; Yellow River; Huang He|Huanghe|Hwang Ho|Huang Ho|the Yellow River; river; 34.83; 111.35; 32.0,95.5,41.9,119.3; CN; Yellow River
pearl-river; Pearl River; Zhujiang|Zhu Jiang|Pearl River (China)|the Pearl River|Canton River; river; 23.12; 113.27; 21.8,102.0,26.0,114.0; CN; Pearl River (China)
huai-river; Huai River; Huai He|Huaihe|the Huai River; river; 32.93; 117.38; 32.0,112.5,34.5,120.0; CN; Huai River
songhua-river; Songhua River; Sungari|Songhua Jiang|Sunggari|the Songhua River; river; 45.78; 126.62; 42.0,124.0,48.5,132.6; CN; Songhua River
amur-river; Amur River; Heilong Jiang|Heilong River|Black Dragon River|the Amur|Amur river|Sahaliyan Ula; river; 50.25; 127.50; 47.5,115.5,53.6,141.0; RU|CN; Amur
yangtze-river-delta; Yangtze River Delta; Yangtze Delta|Changjiang Delta|Yangtze River Delta region; delta; 31.30; 120.80; 29.5,118.2,32.8,122.5; CN; Yangtze River Delta
pearl-river-delta; Pearl River Delta; Zhujiang Delta|Pearl River Delta region|Canton Delta; delta; 22.60; 113.50; 21.9,112.5,23.5,114.5; CN|HK|MO; Pearl River Delta
poyang-lake; Poyang Lake; Poyang Hu|Lake Poyang; lake; 29.10; 116.30; 28.4,115.8,29.8,116.8; CN; Poyang Lake
dongting-lake; Dongting Lake; Dongting Hu|Lake Dongting; lake; 29.30; 112.95; 28.8,112.0,29.6,113.2; CN; Dongting Lake
lake-tai; Lake Tai; Taihu|Tai Hu|Lake Taihu; lake; 31.20; 120.20; 30.9,119.9,31.55,120.6; CN; Lake Tai
lake-khanka; Lake Khanka; Khanka Lake|Xingkai Hu|Lake Xingkai|Ozero Khanka; lake; 44.95; 132.40; 44.5,131.9,45.4,132.9; RU|CN; Lake Khanka
bohai-sea; Bohai Sea; Bohai|Bo Hai|Gulf of Chihli|Bohai Gulf|Gulf of Pechili; sea; 38.80; 119.50; 37.0,117.5,41.0,122.3; CN; Bohai Sea
yellow-sea; Yellow Sea; West Sea|Huang Hai|Huanghai|West Sea of Korea; sea; 35.50; 123.50; 31.5,119.0,39.8,126.8; CN|KR|KP; Yellow Sea
east-china-sea; East China Sea; Dong Hai|Donghai|East Sea (China); sea; 29.00; 125.00; 23.0,117.0,33.5,131.0; CN|JP|KR|TW; East China Sea
taiwan-strait; Taiwan Strait; Formosa Strait|Strait of Taiwan|Taiwan Haixia; strait; 24.00; 119.50; 22.0,117.5,25.8,121.0; CN|TW; Taiwan Strait
korean-peninsula; Korean Peninsula; Korean peninsula|Hanbando|Joseon Peninsula; peninsula; 38.00; 127.50; 34.0,124.2,43.0,130.9; KR|KP; Korean Peninsula
taebaek-mountains; Taebaek Mountains; Taebaek Range|Taebaeksanmaek|Taebaek mountain range; mountain_range; 37.50; 128.70; 35.8,127.8,39.3,129.5; KR|KP; Taebaek Mountains
han-river-korea; Han River; Hangang|Han-gang|Han River (Korea)|the Han River; river; 37.52; 126.98; 37.0,126.5,38.0,129.0; KR|KP; Han River (Korea)
yalu-river; Yalu River; Amnok River|Amnokgang|Yalu Jiang|Yalu|the Yalu; river; 41.12; 126.18; 39.8,124.2,42.0,128.2; CN|KP; Yalu River
tumen-river; Tumen River; Tuman River|Tumen Jiang|Duman River|Tumannaya|the Tumen River; river; 42.95; 129.85; 41.9,128.2,43.0,130.7; CN|KP|RU; Tumen River
mount-hallasan; Hallasan; Mount Halla|Halla Mountain|Mount Hallasan|Hallasan Mountain; mountain; 33.362; 126.533; 33.33,126.5,33.39,126.56; KR; Hallasan; VLC
liancourt-rocks; Liancourt Rocks; Dokdo|Takeshima|Tokdo|Dokdo Island|Dokdo islets; island; 37.24; 131.87; 37.23,131.85,37.25,131.89; KR|JP; Liancourt Rocks
sea-of-japan; Sea of Japan; East Sea|Japan Sea|Nihonkai|East Sea (Korea)|Sea of Japan (East Sea); sea; 40.00; 135.00; 33.5,127.5,52.0,142.5; JP|KR|KP|RU; Sea of Japan
korea-strait; Korea Strait; Tsushima Strait|Strait of Korea|Western Channel|Tsushima Straits|Daehan Strait; strait; 34.70; 129.00; 33.5,128.0,35.2,130.5; KR|JP; Korea Strait
honshu; Honshu; Honshū|Honshu Island|Hondo Island; island; 36.50; 138.50; 33.4,130.8,41.6,142.1; JP; Honshu
kyushu; Kyushu; Kyūshū|Kyushu Island|Kiushiu; island; 32.70; 130.90; 30.9,129.5,34.0,132.1; JP; Kyushu
shikoku; Shikoku; Shikoku Island; island; 33.70; 133.50; 32.7,132.0,34.5,134.8; JP; Shikoku
ryukyu-islands; Ryukyu Islands; Ryūkyū Islands|Nansei Islands|Nansei Shoto|Loochoo Islands|Ryukyus|the Ryukyus; archipelago; 26.50; 128.00; 24.0,122.9,30.5,131.5; JP; Ryukyu Islands
senkaku-islands; Senkaku Islands; Diaoyu Islands|Diaoyutai Islands|Pinnacle Islands|Senkakus|Diaoyu Dao|Tiaoyutai; archipelago; 25.75; 123.50; 25.7,123.4,25.95,124.6; JP|CN|TW; Senkaku Islands
japanese-alps; Japanese Alps; Hida Mountains|Kiso Mountains|Akaishi Mountains|Nihon Arupusu|Northern Alps (Japan); mountain_range; 36.00; 137.60; 35.0,137.2,37.0,138.5; JP; Japanese Alps
mount-fuji; Mount Fuji; Fujisan|Fuji-san|Fujiyama|Mt. Fuji|Mt Fuji|Fuji-yama; mountain; 35.361; 138.727; 35.32,138.68,35.4,138.77; JP; Mount Fuji; VLC
sakurajima; Sakurajima; Sakura-jima|Sakurajima volcano; mountain; 31.585; 130.657; 31.55,130.6,31.62,130.7; JP; Sakurajima; VLC
mount-aso; Mount Aso; Aso-san|Asosan|Aso volcano|Aso Caldera; mountain; 32.884; 131.104; 32.8,131.0,33.0,131.2; JP; Mount Aso; VLC
kanto-plain; Kantō Plain; Kanto Plain|Kanto Heiya|Kantō Heiya; plain; 36.00; 139.60; 35.2,138.9,36.8,140.9; JP; Kantō Plain
seto-inland-sea; Seto Inland Sea; Setonaikai|Inland Sea (Japan)|Seto Naikai; sea; 34.20; 133.00; 33.7,131.0,34.8,135.4; JP; Seto Inland Sea
tokyo-bay; Tokyo Bay; Edo Bay|Tokyo-wan; bay; 35.45; 139.85; 35.0,139.6,35.7,140.1; JP; Tokyo Bay
lake-biwa; Lake Biwa; Biwako|Biwa-ko|Lake Biwa-ko|Omi Lake; lake; 35.25; 136.10; 34.95,135.85,35.55,136.3; JP; Lake Biwa
tsugaru-strait; Tsugaru Strait; Tsugaru Kaikyo|Tsugaru Channel; strait; 41.50; 140.55; 41.2,139.9,41.8,141.6; JP; Tsugaru Strait
la-perouse-strait; La Pérouse Strait; La Perouse Strait|Soya Strait|Sōya Strait|Soya Kaikyo; strait; 45.70; 142.00; 45.4,141.5,46.0,142.5; JP|RU; La Pérouse Strait
sakhalin; Sakhalin; Sakhalin Island|Karafuto|Saghalien|Kuye Island; island; 50.50; 142.70; 45.9,141.6,54.4,144.8; RU; Sakhalin
kuril-islands; Kuril Islands; Kurile Islands|Kurils|the Kurils|Chishima Islands|Kuriles|Kurilskiye Ostrova; archipelago; 45.90; 150.00; 43.4,145.4,50.9,156.7; RU|JP; Kuril Islands
sea-of-okhotsk; Sea of Okhotsk; Okhotsk Sea|Okhotskoye More|Sea of Okhotsk (Russia); sea; 53.00; 150.00; 43.5,135.0,62.0,163.0; RU|JP; Sea of Okhotsk
kamchatka-peninsula; Kamchatka Peninsula; Kamchatka|the Kamchatka Peninsula; peninsula; 56.00; 159.00; 50.8,155.5,60.5,163.5; RU; Kamchatka Peninsula
klyuchevskaya-sopka; Klyuchevskaya Sopka; Klyuchevskoy|Kliuchevskoi|Klyuchevskoy volcano|Klyuchi volcano; mountain; 56.056; 160.642; 56.02,160.6,56.09,160.68; RU; Klyuchevskaya Sopka; VLC
sikhote-alin; Sikhote-Alin; Sikhote Alin|Sikhote-Alin Mountains|Sikhote-Alin range; mountain_range; 46.50; 136.00; 42.5,131.5,51.0,141.5; RU; Sikhote-Alin
stanovoy-range; Stanovoy Range; Stanovoy Mountains|Stanovoy Khrebet|Outer Khingan; mountain_range; 56.20; 126.00; 54.5,118.5,57.5,135.5; RU; Stanovoy Range
verkhoyansk-range; Verkhoyansk Range; Verkhoyansk Mountains|Verkhoyanskiy Khrebet; mountain_range; 66.00; 129.50; 60.5,124.0,71.5,137.5; RU; Verkhoyansk Range
chersky-range; Chersky Range; Cherskiy Range|Cherskogo Range|Chersky Mountains; mountain_range; 66.00; 145.00; 61.5,136.0,70.0,156.0; RU; Chersky Range
siberia; Siberia; Sibir|Siberian region|North Asia|Northern Asia; region; 62.00; 100.00; 45.0,59.0,77.8,180.0; RU; Siberia
russian-far-east; Russian Far East; Far East (Russia)|Far Eastern Russia|Dalniy Vostok|Russia's Far East|the Russian Far East; region; 60.00; 140.00; 42.3,107.5,77.0,-169.5; RU; Russian Far East
west-siberian-plain; West Siberian Plain; West Siberian Lowland|Western Siberian Lowland|Zapadno-Sibirskaya Ravnina; plain; 60.00; 75.00; 50.5,60.5,73.0,90.0; RU|KZ; West Siberian Plain
central-siberian-plateau; Central Siberian Plateau; Central Siberian Upland|Srednesibirskoye Ploskogorye; plateau; 65.00; 105.00; 56.0,88.0,73.0,125.0; RU; Central Siberian Plateau
putorana-plateau; Putorana Plateau; Putorana|Putorana Mountains|Plato Putorana; plateau; 68.50; 94.00; 66.5,87.5,70.5,100.5; RU; Putorana Plateau
lake-baikal; Lake Baikal; Baikal|Baykal|Lake Baykal|Ozero Baykal|Baigal nuur; lake; 53.50; 108.20; 51.45,103.7,55.8,110.0; RU; Lake Baikal
lena-river; Lena River; River Lena|the Lena; river; 62.03; 129.80; 52.5,103.5,73.5,131.0; RU; Lena (river)
ob-river; Ob River; River Ob|the Ob|Obi River|Ob' River; river; 61.20; 73.50; 50.5,65.5,67.5,88.0; RU; Ob (river)
yenisei; Yenisei; Yenisey|Enisei|Yenisei River|Yenisey River|River Yenisei|the Yenisei; river; 58.45; 92.15; 50.5,82.0,72.5,99.0; RU|MN; Yenisey
irtysh; Irtysh; Ertis|Ertix|Irtysh River|Irtysh river|the Irtysh|Black Irtysh; river; 54.98; 73.38; 46.5,65.5,61.5,90.0; CN|KZ|RU; Irtysh
angara; Angara; Angara River|the Angara|Upper Tunguska; river; 56.15; 101.60; 51.8,94.0,58.5,105.0; RU; Angara
selenga; Selenga River; Selenge River|Selenge mörön|the Selenga; river; 51.83; 107.58; 47.5,97.5,52.5,108.5; MN|RU; Selenga River
kolyma; Kolyma; Kolyma River|the Kolyma; river; 67.45; 153.70; 61.0,143.0,69.7,162.0; RU; Kolyma River
ishim-river; Ishim River; Esil River|Ishim|Esil|the Ishim; river; 54.87; 69.15; 50.5,66.0,57.8,73.5; KZ|RU; Ishim River
tobol; Tobol; Tobol River|the Tobol; river; 55.45; 65.35; 51.5,60.5,58.2,68.5; KZ|RU; Tobol (river)
taymyr-peninsula; Taymyr Peninsula; Taimyr Peninsula|Taymyr|Taimyr; peninsula; 74.50; 100.00; 72.0,82.0,77.8,114.0; RU; Taymyr Peninsula
yamal-peninsula; Yamal Peninsula; Yamal|the Yamal; peninsula; 70.50; 69.50; 66.5,66.0,73.5,72.0; RU; Yamal Peninsula
cape-chelyuskin; Cape Chelyuskin; Mys Chelyuskin|Chelyuskin Cape; cape; 77.72; 104.25; 77.68,104.1,77.76,104.4; RU; Cape Chelyuskin
cape-dezhnev; Cape Dezhnev; Cape Dezhnyov|Mys Dezhneva|East Cape (Siberia)|Cape Dezhnyov (East Cape); cape; 66.08; -169.65; 66.03,-169.75,66.13,-169.55; RU; Cape Dezhnev
severnaya-zemlya; Severnaya Zemlya; Nicholas II Land|Emperor Nicholas II Land; archipelago; 79.50; 97.00; 78.0,89.0,81.3,108.0; RU; Severnaya Zemlya
new-siberian-islands; New Siberian Islands; Novosibirskiye Ostrova|New Siberia Islands|Anjou Islands; archipelago; 75.30; 142.00; 73.0,135.0,77.2,158.0; RU; New Siberian Islands
wrangel-island; Wrangel Island; Ostrov Vrangelya|Wrangell Island; island; 71.25; -179.70; 70.8,178.5,71.6,-177.0; RU; Wrangel Island
kara-sea; Kara Sea; Karskoye More|the Kara Sea; sea; 75.00; 75.00; 69.0,55.0,81.0,100.0; RU; Kara Sea
laptev-sea; Laptev Sea; More Laptevykh|Nordenskiöld Sea|the Laptev Sea; sea; 76.00; 125.00; 70.5,100.0,81.0,143.5; RU; Laptev Sea
east-siberian-sea; East Siberian Sea; Vostochno-Sibirskoye More|the East Siberian Sea; sea; 73.00; 160.00; 69.0,140.0,79.0,180.0; RU; East Siberian Sea
""")
# ---------------------------------------------------------------------------
# ASIA 5: Southeast Asia
# ---------------------------------------------------------------------------
DATA.append(r"""
@AS
southeast-asia; Southeast Asia; South-East Asia|South East Asia|SE Asia|Southeastern Asia; region; 15.00; 102.00; -11.0,92.0,28.5,141.0; MM|TH|LA|KH|VN|MY|SG|ID|PH|BN|TL; Southeast Asia
indochina; Indochina; Indochinese Peninsula|Indo-China|Mainland Southeast Asia|Indochina Peninsula; peninsula; 15.00; 103.00; 1.2,92.2,28.5,109.5; VN|LA|KH|TH|MM|MY; Mainland Southeast Asia
malay-peninsula; Malay Peninsula; Malaya|Thai-Malay Peninsula|Semenanjung Tanah Melayu|Malayan Peninsula; peninsula; 4.50; 101.80; 1.2,98.0,13.5,104.5; MY|TH|MM|SG; Malay Peninsula
malay-archipelago; Malay Archipelago; East Indies|Nusantara|Insulindia|Indo-Australian Archipelago|Malay Islands; archipelago; -2.00; 120.50; -11.0,95.0,21.0,141.0; ID|PH|MY|BN|TL|PG; Malay Archipelago
golden-triangle; Golden Triangle; the Golden Triangle|Golden Triangle (Southeast Asia)|Sop Ruak; region; 20.35; 100.08; 19.5,99.0,21.8,101.5; TH|MM|LA; Golden Triangle (Southeast Asia)
shan-hills; Shan Hills; Shan Plateau|Shan Highlands|Shan Upland; plateau; 21.00; 97.80; 19.0,96.0,24.0,101.2; MM|TH; Shan Hills
khorat-plateau; Khorat Plateau; Korat Plateau|Khorat|Isan plateau; plateau; 16.00; 103.50; 14.0,101.5,18.5,105.5; TH|LA; Khorat Plateau
annamite-range; Annamite Range; Annamese Cordillera|Truong Son|Trường Sơn|Annamite Mountains|Annamite Chain|Phou Luang; mountain_range; 16.50; 106.50; 11.5,103.5,20.0,109.0; VN|LA|KH; Annamite Range
arakan-mountains; Arakan Mountains; Arakan Yoma|Rakhine Yoma|Rakhine Mountains|Arakan Range; mountain_range; 19.00; 94.50; 15.8,93.5,22.5,95.5; MM; Arakan Mountains
tenasserim-hills; Tenasserim Hills; Tenasserim Range|Bilauktaung|Tanintharyi Range|Tanen Taunggyi; mountain_range; 13.50; 99.10; 10.5,98.3,16.5,99.8; MM|TH; Tenasserim Hills
cardamom-mountains; Cardamom Mountains; Krâvanh Mountains|Chuor Phnum Kravanh|Cardamoms|Kravanh Mountains; mountain_range; 12.00; 103.30; 11.0,102.5,12.8,104.0; KH|TH; Cardamom Mountains
mekong; Mekong; Mekong River|River Mekong|the Mekong|Lancang|Lancang River|Mae Nam Khong|Mékôngk|Dza Chu; river; 17.95; 102.60; 8.5,93.5,33.8,106.8; CN|MM|LA|TH|KH|VN; Mekong
mekong-delta; Mekong Delta; Cuu Long Delta|Mekong River Delta|the Mekong Delta|Đồng bằng sông Cửu Long; delta; 9.90; 105.80; 8.5,104.4,11.0,106.8; VN; Mekong Delta
salween; Salween; Salween River|Thanlwin|Thanlwin River|Nu River|the Salween; river; 25.85; 98.86; 16.0,91.5,33.0,100.3; CN|MM|TH; Salween River
irrawaddy-river; Irrawaddy River; Ayeyarwady River|Irrawaddy|the Irrawaddy; river; 21.97; 96.05; 15.5,94.0,28.5,98.8; MM; Irrawaddy River
irrawaddy-delta; Irrawaddy Delta; Ayeyarwady Delta|Irrawaddy River Delta|the Irrawaddy Delta; delta; 16.50; 95.30; 15.7,94.3,18.0,96.5; MM; Irrawaddy Delta
chindwin; Chindwin; Chindwin River|Ningthi River|the Chindwin; river; 22.11; 95.12; 21.4,94.1,27.0,97.2; MM; Chindwin River
chao-phraya; Chao Phraya; Chao Phraya River|Menam|Mae Nam Chao Phraya|the Chao Phraya|River of Kings; river; 14.59; 100.45; 13.5,99.8,15.8,100.7; TH; Chao Phraya River
red-river-asia; Red River; Hong River|Sông Hồng|Yuan River|Red River (Asia)|Song Hong; river; 21.72; 104.90; 20.2,100.0,25.5,106.7; CN|VN; Red River (Asia)
red-river-delta; Red River Delta; Hong River Delta|Tonkin Delta|Đồng bằng sông Hồng; delta; 20.70; 106.10; 19.9,105.3,21.5,107.0; VN; Red River Delta
tonle-sap; Tonlé Sap; Tonle Sap|Tonle Sap Lake|Great Lake (Cambodia)|Boeung Tonle Sap; lake; 12.90; 104.10; 12.3,103.5,13.4,104.6; KH; Tonlé Sap
inle-lake; Inle Lake; Inle|Lake Inle|Inlay Lake; lake; 20.55; 96.92; 20.45,96.85,20.7,96.97; MM; Inle Lake
hai-van-pass; Hải Vân Pass; Hai Van Pass|Ocean Cloud Pass|Deo Hai Van; pass; 16.19; 108.13; 16.16,108.1,16.22,108.16; VN; Hải Vân Pass
ha-long-bay; Ha Long Bay; Halong Bay|Hạ Long Bay|Vịnh Hạ Long|Descending Dragon Bay; bay; 20.85; 107.10; 20.6,106.9,21.05,107.5; VN; Hạ Long Bay
gulf-of-tonkin; Gulf of Tonkin; Beibu Gulf|Vịnh Bắc Bộ|Tonkin Gulf|Gulf of Beibu; gulf; 20.00; 107.50; 17.0,105.6,21.8,110.0; VN|CN; Gulf of Tonkin
gulf-of-thailand; Gulf of Thailand; Gulf of Siam|Ao Thai|Gulf of Siam (Thailand); gulf; 9.50; 102.00; 6.0,99.0,13.6,105.0; TH|KH|VN|MY; Gulf of Thailand
gulf-of-martaban; Gulf of Martaban; Gulf of Mottama|Martaban Gulf; gulf; 16.00; 97.00; 15.0,95.5,17.0,97.8; MM; Gulf of Martaban
south-china-sea; South China Sea; West Philippine Sea|East Sea (Vietnam)|Nan Hai|Biển Đông|Laut Cina Selatan|the South China Sea; sea; 12.00; 114.00; -3.0,99.0,24.0,122.0; CN|VN|PH|MY|BN|ID|TW; South China Sea
spratly-islands; Spratly Islands; Spratlys|the Spratlys|Nansha Islands|Truong Sa|Trường Sa|Kalayaan Islands|Spratly archipelago; archipelago; 10.00; 114.00; 4.0,109.5,12.0,118.0; CN|VN|PH|MY|TW|BN; Spratly Islands
paracel-islands; Paracel Islands; Paracels|the Paracels|Xisha Islands|Hoang Sa|Hoàng Sa|Xisha Qundao; archipelago; 16.50; 112.00; 15.7,111.1,17.2,112.8; CN|VN|TW; Paracel Islands
scarborough-shoal; Scarborough Shoal; Huangyan Island|Huangyan Dao|Bajo de Masinloc|Panatag Shoal|Scarborough Reef|Democracy Reef; island; 15.15; 117.76; 15.05,117.7,15.25,117.85; PH|CN|TW; Scarborough Shoal; RF
strait-of-malacca; Strait of Malacca; Straits of Malacca|Malacca Strait|Selat Melaka|Malacca Straits; strait; 2.50; 101.00; 0.8,95.5,6.5,104.0; MY|ID|SG|TH; Strait of Malacca
singapore-strait; Singapore Strait; Straits of Singapore|Strait of Singapore|Selat Singapura; strait; 1.20; 103.90; 1.1,103.5,1.35,104.4; SG|MY|ID; Singapore Strait
sunda-strait; Sunda Strait; Selat Sunda|Strait of Sunda; strait; -6.00; 105.80; -6.8,104.5,-5.6,106.2; ID; Sunda Strait
lombok-strait; Lombok Strait; Selat Lombok|Strait of Lombok; strait; -8.60; 115.70; -9.0,115.5,-8.1,115.95; ID; Lombok Strait
makassar-strait; Makassar Strait; Selat Makassar|Macassar Strait|Strait of Makassar; strait; -1.00; 118.30; -5.0,116.5,1.5,119.8; ID; Makassar Strait
luzon-strait; Luzon Strait; Bashi Channel region|Strait of Luzon; strait; 20.50; 121.00; 18.5,119.5,22.2,122.5; PH|TW; Luzon Strait
java-sea; Java Sea; Laut Jawa|the Java Sea; sea; -5.00; 111.00; -7.0,105.5,-3.0,117.5; ID; Java Sea
celebes-sea; Celebes Sea; Sulawesi Sea|Laut Sulawesi|Dagat Selebes; sea; 3.50; 122.50; 0.9,117.8,7.5,126.0; ID|PH|MY; Celebes Sea
sulu-sea; Sulu Sea; Dagat Sulu|the Sulu Sea; sea; 8.50; 120.00; 5.5,117.0,12.3,122.5; PH|MY; Sulu Sea
banda-sea; Banda Sea; Laut Banda|the Banda Sea; sea; -5.50; 127.00; -8.0,121.0,-3.0,132.5; ID|TL; Banda Sea
flores-sea; Flores Sea; Laut Flores|the Flores Sea; sea; -7.50; 121.00; -8.5,117.5,-5.5,124.0; ID; Flores Sea
molucca-sea; Molucca Sea; Maluku Sea|Laut Maluku|the Molucca Sea; sea; 1.00; 126.50; -1.5,124.5,3.5,128.0; ID; Molucca Sea
philippine-sea; Philippine Sea; the Philippine Sea|Dagat Pilipinas; sea; 20.00; 132.00; 5.0,121.0,35.0,146.0; PH|JP|TW|PW; Philippine Sea
manila-bay; Manila Bay; Look ng Maynila; bay; 14.55; 120.75; 14.3,120.55,14.85,121.0; PH; Manila Bay
laguna-de-bay; Laguna de Bay; Laguna Lake|Lake of Bay|Lawa ng Bay; lake; 14.38; 121.25; 14.15,121.0,14.55,121.5; PH; Laguna de Bay
borneo; Borneo; Pulau Borneo|Borneo Island; island; 0.80; 114.00; -4.2,108.8,7.4,119.3; ID|MY|BN; Borneo
sumatra; Sumatra; Sumatera|Pulau Sumatera|Sumatra Island; island; 0.00; 101.50; -6.0,95.0,5.9,106.1; ID; Sumatra
java; Java; Jawa|Java Island|Pulau Jawa; island; -7.40; 110.00; -8.8,105.1,-5.8,114.6; ID; Java
sulawesi; Sulawesi; Celebes|Sulawesi Island|Pulau Sulawesi; island; -2.00; 120.50; -5.8,118.7,1.9,125.3; ID; Sulawesi
lombok; Lombok; Lombok Island|Pulau Lombok; island; -8.60; 116.35; -8.95,115.8,-8.1,116.75; ID; Lombok
timor; Timor; Timor Island|Pulau Timor; island; -9.40; 124.80; -10.4,123.4,-8.1,127.4; ID|TL; Timor
lesser-sunda-islands; Lesser Sunda Islands; Nusa Tenggara|Lesser Sundas|Nusa Tenggara Islands|Southeastern Islands; archipelago; -8.60; 120.00; -11.0,115.0,-7.8,127.5; ID|TL; Lesser Sunda Islands
maluku-islands; Maluku Islands; Moluccas|the Moluccas|Spice Islands|Molucca Islands|Moluccan Islands; archipelago; -3.00; 128.50; -8.5,124.0,3.0,135.0; ID; Maluku Islands
luzon; Luzon; Luzon Island; island; 16.50; 121.00; 12.5,119.5,18.7,124.5; PH; Luzon
mindanao; Mindanao; Mindanao Island; island; 7.80; 125.00; 5.5,121.8,10.0,126.7; PH; Mindanao
visayas; Visayas; the Visayas|Visayan Islands|Bisayas|Kabisay-an; archipelago; 10.80; 123.50; 9.0,121.5,12.8,126.2; PH; Visayas
barisan-mountains; Barisan Mountains; Bukit Barisan|Barisan Range|Pegunungan Bukit Barisan; mountain_range; -1.70; 101.40; -6.0,95.0,5.8,106.0; ID; Barisan Mountains
mount-kinabalu; Mount Kinabalu; Kinabalu|Gunung Kinabalu|Aki Nabalu; mountain; 6.075; 116.558; 6.04,116.52,6.11,116.6; MY; Mount Kinabalu
mount-pinatubo; Mount Pinatubo; Pinatubo|Pinatubo volcano; mountain; 15.143; 120.350; 15.1,120.3,15.19,120.4; PH; Mount Pinatubo; VLC
mayon; Mayon; Mayon Volcano|Mount Mayon|Bulkang Mayon; mountain; 13.257; 123.685; 13.22,123.64,13.29,123.73; PH; Mayon; VLC
taal-volcano; Taal Volcano; Taal|Bulkang Taal|Volcano Island (Taal); mountain; 14.002; 120.993; 13.95,120.95,14.05,121.04; PH; Taal Volcano; VLC
mount-apo; Mount Apo; Apo Sandawa; mountain; 6.987; 125.271; 6.95,125.23,7.02,125.31; PH; Mount Apo; VLC
krakatoa; Krakatoa; Krakatau|Anak Krakatau|Rakata|Child of Krakatoa; mountain; -6.102; 105.423; -6.15,105.37,-6.06,105.47; ID; Krakatoa; VLC
mount-merapi; Mount Merapi; Merapi|Gunung Merapi|Merapi volcano; mountain; -7.540; 110.446; -7.58,110.4,-7.5,110.49; ID; Mount Merapi; VLC
mount-tambora; Mount Tambora; Tambora|Gunung Tambora|Tomboro; mountain; -8.250; 118.000; -8.35,117.9,-8.15,118.1; ID; Mount Tambora; VLC
mount-rinjani; Mount Rinjani; Rinjani|Gunung Rinjani; mountain; -8.411; 116.457; -8.45,116.42,-8.37,116.5; ID; Mount Rinjani; VLC
semeru; Semeru; Mount Semeru|Mahameru|Gunung Semeru; mountain; -8.108; 112.922; -8.14,112.88,-8.07,112.96; ID; Semeru; VLC
mount-agung; Mount Agung; Gunung Agung|Agung; mountain; -8.343; 115.508; -8.38,115.47,-8.3,115.55; ID; Mount Agung; VLC
mount-bromo; Mount Bromo; Bromo|Gunung Bromo; mountain; -7.942; 112.950; -7.97,112.92,-7.91,112.98; ID; Mount Bromo; VLC
mount-sinabung; Mount Sinabung; Sinabung|Gunung Sinabung; mountain; 3.170; 98.392; 3.14,98.36,3.2,98.42; ID; Mount Sinabung; VLC
mount-kerinci; Mount Kerinci; Kerinci|Gunung Kerinci|Kerintji|Indrapura; mountain; -1.697; 101.264; -1.73,101.23,-1.66,101.3; ID; Mount Kerinci; VLC
lake-toba; Lake Toba; Danau Toba|Toba Lake|Toba caldera; lake; 2.60; 98.85; 2.3,98.5,2.95,99.2; ID; Lake Toba
kapuas-river; Kapuas River; Kapuas|Sungai Kapuas|the Kapuas; river; 0.13; 110.59; -0.5,109.2,1.5,114.3; ID; Kapuas River
yushan; Yushan; Jade Mountain|Mount Yu|Yu Shan|Niitakayama|Mount Morrison; mountain; 23.470; 120.957; 23.44,120.92,23.5,120.99; TW; Yushan (mountain)
taiwan-central-mountain-range; Central Mountain Range; Chungyang Range|Zhongyang Range|Central Range (Taiwan)|Zhongyang Shanmai; mountain_range; 23.80; 121.10; 22.0,120.6,25.0,121.8; TW; Central Mountain Range
""")
# ---------------------------------------------------------------------------
# EUROPE 1: ranges, peaks, regions, plains, peninsulas
# ---------------------------------------------------------------------------
DATA.append(r"""
@EU
alps; Alps; the Alps|Alpine region|Alpen|Alpes|Alpi|Alps mountains|European Alps; mountain_range; 46.50; 10.00; 43.7,5.0,48.3,16.5; FR|CH|IT|AT|DE|SI|LI|MC; Alps
pyrenees; Pyrenees; Pyrénées|Pirineos|Pirineus|Pyrenees Mountains|the Pyrenees; mountain_range; 42.70; 0.70; 42.0,-2.0,43.4,3.3; ES|FR|AD; Pyrenees
carpathian-mountains; Carpathian Mountains; Carpathians|the Carpathians|Karpaty|Carpați|Kárpátok|Carpathian range; mountain_range; 47.50; 25.00; 44.5,17.0,50.0,27.0; RO|UA|SK|PL|CZ|HU|RS|AT; Carpathian Mountains
apennine-mountains; Apennine Mountains; Apennines|the Apennines|Appennini|Apennine range; mountain_range; 42.50; 13.30; 37.9,8.3,44.6,16.6; IT|SM; Apennine Mountains
dinaric-alps; Dinaric Alps; Dinarides|the Dinarides|Dinaric Mountains|Dinara range|Dinarsko gorje; mountain_range; 43.80; 17.50; 41.5,13.5,46.2,20.5; HR|BA|ME|AL|RS|SI|XK; Dinaric Alps
balkan-mountains; Balkan Mountains; Stara Planina|Balkan Range|Haemus|Haemus Mons|Stara planina; mountain_range; 42.75; 25.00; 42.5,22.3,43.3,28.0; BG|RS; Balkan Mountains
rhodope-mountains; Rhodope Mountains; Rhodopes|the Rhodopes|Rodopi|Rodopi Mountains; mountain_range; 41.70; 24.50; 41.0,23.5,42.2,26.2; BG|GR; Rhodope Mountains
pindus; Pindus; Pindus Mountains|Pindos|Pindos Mountains|Spine of Greece; mountain_range; 39.70; 21.20; 38.5,20.4,41.0,22.2; GR|AL; Pindus
scandinavian-mountains; Scandinavian Mountains; Scandes|Kjølen|Kölen|Scandinavian mountain range; mountain_range; 64.00; 14.00; 58.0,5.0,71.0,31.0; NO|SE|FI; Scandinavian Mountains
ural-mountains; Ural Mountains; Urals|the Urals|Uralskiye Gory|Ural range|Ural Mountain range; mountain_range; 60.00; 59.50; 47.5,55.5,69.5,66.5; RU|KZ; Ural Mountains
sudetes; Sudetes; Sudeten Mountains|Sudety|Krkonoše-Sudetes|Sudeten|Sudetic Mountains; mountain_range; 50.60; 16.00; 50.0,14.5,51.2,18.0; CZ|PL|DE; Sudetes
tatra-mountains; Tatra Mountains; Tatras|the Tatras|Tatry|High Tatras; mountain_range; 49.20; 20.10; 49.05,19.4,49.35,20.4; SK|PL; Tatra Mountains
jura-mountains; Jura Mountains; Jura range|the Jura Mountains|Jura massif; mountain_range; 46.80; 6.50; 45.7,5.3,47.8,8.5; FR|CH|DE; Jura Mountains
vosges-mountains; Vosges Mountains; Vosges range|the Vosges Mountains; mountain_range; 48.10; 7.00; 47.7,6.4,49.0,7.7; FR; Vosges
black-forest; Black Forest; Schwarzwald|the Black Forest; mountain_range; 48.20; 8.20; 47.55,7.6,48.95,8.7; DE; Black Forest
swabian-jura; Swabian Jura; Swabian Alb|Schwäbische Alb|Swabian Alps; mountain_range; 48.40; 9.50; 47.9,8.5,49.0,10.6; DE; Swabian Jura
harz; Harz; Harz Mountains|the Harz; mountain_range; 51.75; 10.70; 51.5,10.1,52.0,11.6; DE; Harz
ore-mountains; Ore Mountains; Erzgebirge|Krušné hory|Krusne hory; mountain_range; 50.50; 13.00; 50.2,12.2,50.9,14.2; DE|CZ; Ore Mountains
bohemian-forest; Bohemian Forest; Šumava|Sumava|Böhmerwald; mountain_range; 48.90; 13.70; 48.5,12.5,49.6,14.3; CZ|DE|AT; Bohemian Forest
dolomites; Dolomites; Dolomiti|Dolomite Mountains|Dolomiten|the Dolomites; mountain_range; 46.45; 11.85; 46.0,11.2,46.8,12.6; IT; Dolomites
massif-central; Massif Central; Central Massif|Massif central|the Massif Central; plateau; 45.30; 3.00; 43.5,1.5,46.8,4.8; FR; Massif Central; UPLD
cantabrian-mountains; Cantabrian Mountains; Cordillera Cantábrica|Cantabrian Range|Cordillera Cantabrica; mountain_range; 43.00; -5.00; 42.5,-7.5,43.4,-2.5; ES; Cantabrian Mountains
sierra-morena; Sierra Morena; the Sierra Morena; mountain_range; 38.20; -5.00; 37.5,-7.5,38.8,-2.5; ES; Sierra Morena
sistema-central; Sistema Central; Central System (Spain)|Sierra de Guadarrama and Gredos|Cordillera Central (Iberia); mountain_range; 40.40; -4.50; 39.8,-8.0,41.5,-2.5; ES|PT; Sistema Central
crimean-mountains; Crimean Mountains; Crimean range|Kırım Dağları|Krymski Hory|Krymskiye Gory; mountain_range; 44.60; 34.30; 44.4,33.5,45.1,35.4; UA; Crimean Mountains
grampian-mountains; Grampian Mountains; Grampian Highlands|Am Monadh; mountain_range; 56.90; -4.00; 56.2,-6.0,57.4,-2.2; GB; Grampian Mountains
pennines; Pennines; Pennine Chain|Pennine Hills|the Pennines|Backbone of England; mountain_range; 54.20; -2.20; 53.0,-2.7,55.0,-1.8; GB; Pennines; HLLS
cambrian-mountains; Cambrian Mountains; Elenydd|Mynyddoedd Cambria|Desert of Wales; mountain_range; 52.30; -3.70; 51.8,-4.2,52.8,-3.3; GB; Cambrian Mountains
scottish-highlands; Scottish Highlands; the Scottish Highlands|Highlands of Scotland|the Highlands of Scotland|Gàidhealtachd; region; 57.30; -4.80; 55.6,-7.7,58.7,-2.0; GB; Scottish Highlands
snowdonia; Snowdonia; Eryri|Snowdonia National Park|Eryri National Park; region; 52.90; -3.90; 52.55,-4.2,53.25,-3.6; GB; Snowdonia
lake-district; Lake District; the Lake District|Lake District National Park|English Lakes; region; 54.50; -3.10; 54.2,-3.5,54.75,-2.7; GB; Lake District
cotswolds; Cotswolds; the Cotswolds|Cotswold Hills|Cotswold AONB; region; 51.80; -1.80; 51.3,-2.5,52.2,-1.4; GB; Cotswolds; HLLS
mont-blanc; Mont Blanc; Monte Bianco|Mont-Blanc|Mont Blanc massif; mountain; 45.833; 6.865; 45.8,6.83,45.87,6.9; FR|IT; Mont Blanc
matterhorn; Matterhorn; Monte Cervino|Mont Cervin|Cervino; mountain; 45.976; 7.658; 45.95,7.63,46.0,7.69; CH|IT; Matterhorn
monte-rosa; Monte Rosa; Dufourspitze|Monte Rosa Massif|Mont Rose; mountain; 45.937; 7.867; 45.9,7.83,45.97,7.9; CH|IT; Monte Rosa
eiger; Eiger; the Eiger|Eiger North Face; mountain; 46.578; 8.005; 46.56,7.98,46.6,8.03; CH; Eiger
zugspitze; Zugspitze; the Zugspitze; mountain; 47.421; 10.985; 47.4,10.96,47.44,11.01; DE|AT; Zugspitze
grossglockner; Grossglockner; Großglockner|Glockner; mountain; 47.075; 12.694; 47.05,12.67,47.1,12.72; AT; Grossglockner
triglav; Triglav; Mount Triglav; mountain; 46.378; 13.837; 46.36,13.81,46.4,13.86; SI; Triglav
musala; Musala; Mount Musala|Musalla; mountain; 42.180; 23.585; 42.16,23.56,42.2,23.61; BG; Musala
mount-olympus; Mount Olympus; Olympus|Olympos|Óros Ólympos|Mytikas; mountain; 40.086; 22.358; 40.06,22.33,40.11,22.39; GR; Mount Olympus
mount-etna; Mount Etna; Etna|Mongibello|Muncibeddu|Monte Etna; mountain; 37.751; 14.994; 37.7,14.93,37.8,15.05; IT; Mount Etna; VLC
vesuvius; Mount Vesuvius; Vesuvius|Vesuvio|Monte Vesuvio; mountain; 40.821; 14.426; 40.79,14.39,40.85,14.46; IT; Mount Vesuvius; VLC
stromboli; Stromboli; Stromboli volcano|Lighthouse of the Mediterranean; mountain; 38.789; 15.213; 38.77,15.19,38.81,15.24; IT; Stromboli; VLC
mount-elbrus; Mount Elbrus; Elbrus|Mingi Taw|Mount Elbrus volcano|Elbruz; mountain; 43.355; 42.439; 43.32,42.4,43.39,42.48; RU; Mount Elbrus; VLC
hekla; Hekla; Mount Hekla|Hekla volcano; mountain; 63.983; -19.666; 63.95,-19.72,64.02,-19.6; IS; Hekla; VLC
eyjafjallajokull; Eyjafjallajökull; Eyjafjallajokull|Eyjafjalla volcano; mountain; 63.630; -19.620; 63.6,-19.7,63.66,-19.55; IS; Eyjafjallajökull; VLC
kebnekaise; Kebnekaise; Giebmegáisi; mountain; 67.900; 18.550; 67.88,18.52,67.92,18.58; SE; Kebnekaise
galdhopiggen; Galdhøpiggen; Galdhopiggen; mountain; 61.636; 8.313; 61.62,8.29,61.65,8.34; NO; Galdhøpiggen
aneto; Aneto; Pico de Aneto|Néthou|Pic d'Aneto; mountain; 42.631; 0.657; 42.61,0.63,42.65,0.68; ES; Aneto
ben-nevis; Ben Nevis; Beinn Nibheis; mountain; 56.797; -5.004; 56.78,-5.03,56.81,-4.98; GB; Ben Nevis
snowdon; Snowdon; Yr Wyddfa|Mount Snowdon; mountain; 53.068; -4.076; 53.05,-4.1,53.09,-4.05; GB; Snowdon
north-caucasus; North Caucasus; Northern Caucasus|Ciscaucasia|the North Caucasus; region; 43.50; 44.00; 41.2,36.5,46.5,48.6; RU; North Caucasus
balkans; Balkans; the Balkans|Balkan Peninsula|the Balkan Peninsula|Balkan region|Balkan states; region; 42.50; 22.00; 36.4,13.5,46.9,29.7; SI|HR|BA|RS|ME|XK|AL|MK|GR|BG|RO|TR; Balkans
western-balkans; Western Balkans; the Western Balkans; region; 43.00; 19.50; 39.6,13.5,46.6,23.0; HR|BA|RS|ME|XK|AL|MK; Western Balkans
scandinavia; Scandinavia; Scandinavian countries|Skandinavien; region; 62.00; 15.00; 54.5,4.5,71.2,31.5; NO|SE|DK; Scandinavia
scandinavian-peninsula; Scandinavian Peninsula; Scandinavian peninsula|Fennoscandian Peninsula; peninsula; 63.00; 15.00; 55.3,4.5,71.2,31.5; NO|SE|FI|RU; Scandinavian Peninsula
baltic-states; Baltic states; Baltics|the Baltics|the Baltic states|Baltic countries|Baltic republics|Baltic nations; region; 56.80; 24.50; 53.9,20.9,59.7,28.3; EE|LV|LT; Baltic states
central-europe; Central Europe; Mitteleuropa|Middle Europe|Central European region; region; 49.50; 15.00; 45.5,5.8,55.0,24.2; DE|PL|CZ|SK|AT|HU|CH|SI|LI; Central Europe
eastern-europe; Eastern Europe; East Europe|the East of Europe; region; 50.00; 30.00; 41.0,14.0,70.0,60.0; UA|BY|MD|RU|PL|RO|BG|HU|CZ|SK; Eastern Europe
western-europe; Western Europe; West Europe; region; 48.00; 5.00; 36.0,-10.5,55.5,16.0; FR|BE|NL|LU|DE|CH|AT|GB|IE|ES|PT; Western Europe
southern-europe; Southern Europe; Mediterranean Europe|South Europe; region; 41.00; 14.00; 34.5,-9.5,47.0,34.6; ES|PT|IT|GR|MT|HR|SI|BA|ME|AL|MK|RS|BG|CY|SM|VA|AD; Southern Europe
northern-europe; Northern Europe; North Europe|Nordic region; region; 60.00; 15.00; 51.0,-25.0,71.2,32.0; NO|SE|FI|DK|IS|EE|LV|LT|GB|IE; Northern Europe
donbas; Donbas; Donbass|Donets Basin|the Donbas|the Donbass|Donetsk Basin|Donbas region; region; 48.20; 38.50; 47.0,36.6,49.6,40.2; UA|RU; Donbas
crimean-peninsula; Crimean Peninsula; Crimea|the Crimea|Krym|Qırım|Crimean peninsula; peninsula; 45.30; 34.40; 44.38,32.48,46.2,36.65; UA; Crimea
iberian-peninsula; Iberian Peninsula; Iberia|the Iberian Peninsula|Península Ibérica|Iberian peninsula; peninsula; 40.00; -4.00; 36.0,-9.5,43.8,3.4; ES|PT|AD|GI|FR; Iberian Peninsula
italian-peninsula; Italian Peninsula; Apennine Peninsula|Italic Peninsula|Penisola italiana; peninsula; 42.00; 13.50; 37.9,7.5,44.5,18.6; IT|SM|VA; Italian Peninsula
jutland; Jutland; Jylland|Jutland Peninsula|Cimbrian Peninsula|Jütland; peninsula; 56.00; 9.20; 53.5,8.0,57.75,10.95; DK|DE; Jutland
kola-peninsula; Kola Peninsula; Kola|Kolsky Poluostrov|Kola peninsula; peninsula; 67.80; 36.00; 66.0,28.5,69.95,41.5; RU; Kola Peninsula
gallipoli-peninsula; Gallipoli Peninsula; Gelibolu Peninsula|Gallipoli|Thracian Chersonese|Gelibolu Yarımadası; peninsula; 40.30; 26.40; 40.0,26.1,40.6,26.9; TR; Gallipoli peninsula
silesia; Silesia; Śląsk|Slezsko|Schlesien|Upper Silesia|Lower Silesia; region; 50.70; 17.50; 49.5,14.8,51.8,19.5; PL|CZ|DE; Silesia
pomerania; Pomerania; Pomorze|Pommern|Pomeranian region; region; 54.00; 16.00; 53.0,12.2,54.9,19.0; PL|DE; Pomerania
bohemia; Bohemia; Čechy|Böhmen|Cechy; region; 49.80; 14.50; 48.55,12.1,51.06,16.7; CZ; Bohemia
moravia; Moravia; Morava region|Mähren|Morava (historical region); region; 49.30; 17.00; 48.6,15.4,50.4,18.9; CZ; Moravia
transylvania; Transylvania; Ardeal|Erdély|Siebenbürgen|Transilvania; region; 46.50; 24.50; 45.2,21.5,48.0,26.5; RO; Transylvania
dalmatia; Dalmatia; Dalmacija|Dalmatian coast|Dalmazia; region; 43.70; 16.50; 42.4,15.0,44.6,18.6; HR|ME; Dalmatia
thrace; Thrace; Thraki|Trakya|Trakiya|Thrakē|Eastern Thrace|Western Thrace; region; 41.50; 26.00; 40.2,23.0,43.0,29.5; GR|BG|TR; Thrace
bukovina; Bukovina; Bucovina|Bukowina|Bukovyna; region; 47.90; 25.80; 47.2,24.8,48.6,26.7; UA|RO; Bukovina
bessarabia; Bessarabia; Basarabia|Bessarabiya; region; 46.80; 28.80; 45.2,26.6,48.5,30.2; MD|UA; Bessarabia
polesia; Polesia; Polesie|Polissia|Polesye|Polissya|Woodlands (Polesia); region; 52.00; 27.00; 50.8,23.5,53.0,32.0; BY|UA|PL|RU; Polesia
pripyat-marshes; Pripyat Marshes; Pinsk Marshes|Pripet Marshes|Rokitno Marshes|Polesian swamps; wetland; 52.00; 27.50; 51.0,24.0,52.8,31.0; BY|UA; Pripyat Marshes; MRSH
suwalki-gap; Suwałki Gap; Suwalki Gap|Suwałki corridor|Suwalki Corridor|the Suwałki Gap|the Suwalki Gap; corridor; 54.15; 23.15; 53.9,22.7,54.4,23.6; PL|LT; Suwałki Gap
ruhr; Ruhr; Ruhr area|Ruhrgebiet|Ruhr Valley|the Ruhr|Ruhr region; region; 51.50; 7.30; 51.3,6.5,51.7,7.9; DE; Ruhr
provence; Provence; Provence region; region; 43.80; 5.80; 43.0,4.2,44.8,7.6; FR; Provence
french-riviera; French Riviera; Côte d'Azur|Cote d'Azur|the Riviera|the French Riviera|Azure Coast; region; 43.60; 7.10; 43.1,6.2,43.85,7.55; FR|MC; French Riviera
camargue; Camargue; the Camargue|Rhône Delta|Rhone Delta; delta; 43.50; 4.50; 43.3,4.1,43.8,4.9; FR; Camargue
po-valley; Po Valley; Padan Plain|Pianura Padana|Po Plain|Padanian Plain|Val Padana|the Po Valley; plain; 45.10; 10.00; 44.3,7.3,45.9,12.6; IT; Po Valley
great-hungarian-plain; Great Hungarian Plain; Alföld|Great Alföld|Nagy Alföld|Pannonian Plain|Great Plain (Hungary); plain; 46.80; 20.00; 44.8,18.5,48.5,23.0; HU|RS|RO|HR|SK|UA; Great Hungarian Plain
pannonian-basin; Pannonian Basin; Carpathian Basin|Pannonian plain basin|Middle Danube Basin; basin; 47.00; 19.50; 44.5,15.0,49.0,24.5; HU|SK|RS|HR|RO|AT|SI|UA; Pannonian Basin
north-european-plain; North European Plain; Great European Plain|North German Plain|Central European Plain; plain; 52.50; 15.00; 49.0,0.0,56.0,30.0; FR|BE|NL|DE|DK|PL|LT|BY|LV; North European Plain
east-european-plain; East European Plain; Russian Plain|Great Russian Plain|East European Platform plain|Vostochno-Yevropeyskaya Ravnina; plain; 55.00; 40.00; 45.0,23.0,68.0,60.0; RU|UA|BY|LT|LV|EE|MD|KZ; East European Plain
wallachian-plain; Wallachian Plain; Romanian Plain|Câmpia Română|Lower Danubian Plain; plain; 44.30; 26.00; 43.6,22.5,45.3,28.2; RO|BG; Romanian Plain
meseta-central; Meseta Central; Inner Plateau|Central Plateau (Spain)|Meseta|the Meseta|Iberian Meseta; plateau; 40.00; -3.50; 38.0,-7.0,42.8,-1.5; ES; Meseta Central
central-russian-upland; Central Russian Upland; Central Russian Plateau|Srednerusskaya Vozvyshennost|Central Russian Uplands; plateau; 52.00; 37.00; 49.0,34.0,55.0,40.5; RU|UA; Central Russian Upland; UPLD
valdai-hills; Valdai Hills; Valdai Upland|Valdai Plateau|Valday Hills|Valdai; plateau; 57.50; 33.00; 56.0,31.0,58.5,35.5; RU; Valdai Hills; UPLD
volga-upland; Volga Upland; Privolzhskaya Vozvyshennost|Volga Heights|Volga Uplands; plateau; 52.50; 46.00; 49.0,43.0,56.0,49.0; RU; Volga Upland; UPLD
iron-gates; Iron Gates; Porțile de Fier|Đerdap Gorge|Djerdap|Iron Gate gorge|Đerdap; canyon; 44.62; 22.30; 44.45,21.6,44.8,22.65; RS|RO; Iron Gates; GRGE
middle-rhine; Rhine Gorge; Middle Rhine|Upper Middle Rhine Valley|Oberes Mittelrheintal|Rhine Valley (Middle Rhine)|Romantic Rhine; valley; 50.14; 7.73; 49.95,7.1,50.75,7.95; DE; Rhine Gorge
loire-valley; Loire Valley; Val de Loire|the Loire Valley|Garden of France; valley; 47.35; 0.70; 46.8,-1.8,47.9,2.9; FR; Loire Valley
douro-valley; Douro Valley; Alto Douro|Douro Wine Region|Alto Douro Wine Region|the Douro Valley; valley; 41.17; -7.65; 40.95,-8.1,41.35,-6.9; PT; Alto Douro Wine Region
brenner-pass; Brenner Pass; Brennero|Brennerpass|Passo del Brennero|the Brenner; pass; 47.003; 11.507; 46.98,11.48,47.03,11.53; AT|IT; Brenner Pass
great-st-bernard-pass; Great St Bernard Pass; Great Saint Bernard Pass|Col du Grand-Saint-Bernard|Colle del Gran San Bernardo|Great St. Bernard Pass; pass; 45.869; 7.171; 45.85,7.15,45.89,7.19; CH|IT; Great St Bernard Pass
simplon-pass; Simplon Pass; Simplonpass|Passo del Sempione|Simplon; pass; 46.250; 8.033; 46.23,8.01,46.27,8.06; CH; Simplon Pass
gotthard-pass; Gotthard Pass; St. Gotthard Pass|Saint Gotthard Pass|Passo del San Gottardo|Gotthardpass|St Gotthard; pass; 46.559; 8.562; 46.54,8.54,46.58,8.58; CH; Gotthard Pass
stelvio-pass; Stelvio Pass; Passo dello Stelvio|Stilfser Joch|Stelvio; pass; 46.528; 10.453; 46.51,10.43,46.55,10.47; IT; Stelvio Pass
mont-cenis-pass; Mont Cenis Pass; Col du Mont-Cenis|Moncenisio|Mont Cenis; pass; 45.25; 6.90; 45.2,6.85,45.3,6.95; FR; Mont Cenis
col-du-tourmalet; Col du Tourmalet; Tourmalet|the Tourmalet; pass; 42.908; 0.145; 42.89,0.12,42.93,0.17; FR; Col du Tourmalet
roncevaux-pass; Roncevaux Pass; Roncesvalles Pass|Ibañeta Pass|Col de Roncevaux|Puerto de Ibañeta; pass; 43.02; -1.32; 43.0,-1.35,43.04,-1.29; ES; Roncevaux Pass
shipka-pass; Shipka Pass; Shipchenski Prohod|Shipka; pass; 42.75; 25.32; 42.73,25.29,42.77,25.35; BG; Shipka Pass
dukla-pass; Dukla Pass; Dukelský priesmyk|Przełęcz Dukielska|Dukla; pass; 49.40; 21.70; 49.37,21.67,49.43,21.73; PL|SK; Dukla Pass
aletsch-glacier; Aletsch Glacier; Great Aletsch Glacier|Grosser Aletschgletscher|Aletschgletscher; glacier; 46.45; 8.05; 46.38,7.98,46.55,8.12; CH; Aletsch Glacier
mer-de-glace; Mer de Glace; Sea of Ice; glacier; 45.90; 6.93; 45.87,6.9,45.93,6.97; FR; Mer de Glace
vatnajokull; Vatnajökull; Vatnajokull|Vatna Glacier|Vatnajökull glacier; glacier; 64.40; -16.80; 63.9,-18.3,64.8,-15.2; IS; Vatnajökull
jostedalsbreen; Jostedalsbreen; Jostedal Glacier|Jostedalsbreen glacier; glacier; 61.70; 7.00; 61.45,6.6,61.9,7.45; NO; Jostedalsbreen
bialowieza-forest; Białowieża Forest; Bialowieza Forest|Puszcza Białowieska|Belovezhskaya Pushcha|Białowieża Primeval Forest; forest; 52.70; 23.80; 52.3,23.4,53.0,24.3; PL|BY; Białowieża Forest
teutoburg-forest; Teutoburg Forest; Teutoburger Wald|Teutoburg Wald; forest; 52.00; 8.60; 51.7,7.7,52.3,9.0; DE; Teutoburg Forest
north-cape; North Cape; Nordkapp cape|Cape North (Norway); cape; 71.17; 25.78; 71.15,25.7,71.19,25.85; NO; North Cape (Norway)
cape-finisterre; Cape Finisterre; Cabo Fisterra|Cabo Finisterre; cape; 42.88; -9.27; 42.86,-9.3,42.9,-9.25; ES; Cape Finisterre
cabo-da-roca; Cabo da Roca; Cape Roca; cape; 38.78; -9.50; 38.76,-9.52,38.8,-9.48; PT; Cabo da Roca
cape-st-vincent; Cape St. Vincent; Cabo de São Vicente|Cape Saint Vincent|Cape St Vincent; cape; 37.02; -8.99; 37.0,-9.01,37.04,-8.97; PT; Cape St. Vincent
lands-end; Land's End; Penn an Wlas|Lands End; cape; 50.07; -5.72; 50.05,-5.74,50.09,-5.7; GB; Land's End
cape-matapan; Cape Matapan; Cape Tainaron|Tainaron|Akrotirio Tainaro; cape; 36.38; 22.48; 36.36,22.46,36.4,22.5; GR; Cape Matapan
""")
# ---------------------------------------------------------------------------
# EUROPE 2: rivers, lakes, seas, straits, islands, deltas
# ---------------------------------------------------------------------------
DATA.append(r"""
@EU
volga; Volga; Volga River|River Volga|the Volga|Itil; river; 56.33; 43.98; 45.6,32.4,58.2,50.5; RU; Volga
danube; Danube; Donau|Duna|Dunărea|Dunav|Dunaj|Danube River|River Danube|the Danube|Ister|Dunai; river; 47.50; 19.05; 43.6,8.1,49.0,29.8; DE|AT|SK|HU|HR|RS|BG|RO|MD|UA; Danube
dnieper; Dnieper; Dnipro River|Dnepr|Dniapro|the Dnieper|Dnieper River|River Dnieper|Borysthenes|the Dnipro; river; 50.45; 30.57; 46.3,30.0,56.0,35.3; RU|BY|UA; Dnieper
don-river; Don River; River Don (Russia)|the Don|Tanais|Don (Russia); river; 50.45; 40.10; 46.8,37.5,54.1,44.5; RU; Don (river)
ural-river; Ural River; Zhayyq|Jayıq|Yaik|Yaik River|Oral River|the Ural River|Zhaiyk; river; 51.77; 55.10; 46.8,50.8,54.5,60.0; KZ|RU; Ural (river)
pechora; Pechora; Pechora River|the Pechora; river; 65.15; 57.20; 61.5,50.5,68.3,60.0; RU; Pechora River
kama-river; Kama River; River Kama|the Kama; river; 58.00; 56.25; 55.3,51.0,61.0,60.0; RU; Kama River
oka-river; Oka River; River Oka|the Oka; river; 54.50; 36.30; 52.3,35.5,56.4,44.1; RU; Oka (river)
northern-dvina; Northern Dvina; Severnaya Dvina|Northern Dvina River|the Northern Dvina; river; 61.25; 46.63; 60.5,43.0,64.6,48.0; RU; Northern Dvina
daugava; Daugava; Western Dvina|Zakhodnyaya Dzvina|Zapadnaya Dvina|Düna|Daugava River|the Daugava; river; 55.87; 26.53; 55.0,24.0,57.1,33.0; RU|BY|LV; Daugava
neman; Neman; Nemunas|Nyoman|Niemen|Neman River|the Neman|Memel River; river; 54.90; 23.90; 53.1,21.2,55.4,27.5; BY|LT|RU; Neman
neva; Neva; Neva River|the Neva|River Neva; river; 59.78; 30.80; 59.75,30.2,59.96,31.05; RU; Neva
narva-river; Narva River; Narva jõgi|Narova|the Narva River; river; 59.37; 28.19; 58.98,27.7,59.47,28.3; EE|RU; Narva (river)
dniester; Dniester; Dnister|Nistru|Nistrul|Dniester River|the Dniester|Tyras|Dnestr; river; 48.45; 27.80; 46.2,22.8,49.7,30.5; UA|MD; Dniester
prut; Prut; Prut River|Pruth|the Prut; river; 47.21; 27.80; 45.4,24.2,48.5,28.3; UA|RO|MD; Prut
southern-bug; Southern Bug; Pivdennyi Buh|Southern Buh|Hypanis|Yuzhny Bug; river; 49.23; 28.47; 46.6,26.6,49.9,32.0; UA; Southern Bug
siverskyi-donets; Siverskyi Donets; Seversky Donets|Donets|Northern Donets|Siversky Donets|Donets River|Siverskyi Donets River; river; 49.21; 37.27; 47.5,36.5,50.9,40.8; RU|UA; Seversky Donets
pripyat-river; Pripyat River; Prypiat River|Pripet|Prypiac|Prypyat River|the Pripyat; river; 52.05; 29.25; 51.2,23.9,52.3,30.3; UA|BY; Pripyat (river)
rhine; Rhine; Rhein|Rhin|Rijn|Rhine River|River Rhine|the Rhine|Rhenus; river; 50.36; 7.60; 46.5,4.0,52.0,10.0; CH|LI|AT|DE|FR|NL; Rhine
elbe; Elbe; Labe|Elbe River|River Elbe|the Elbe|Albis; river; 52.13; 11.65; 50.0,8.9,54.0,15.6; CZ|DE; Elbe
weser; Weser; Weser River|River Weser|the Weser|Visurgis; river; 52.29; 8.92; 51.3,8.4,53.6,9.8; DE; Weser
oder; Oder; Odra|Oder River|River Oder|the Oder|the Odra|Viadua; river; 51.12; 17.04; 49.6,14.1,53.9,18.4; CZ|PL|DE; Oder
vistula; Vistula; Wisła|Wisla|Vistula River|River Vistula|the Vistula|Weichsel; river; 52.24; 21.04; 49.6,18.2,54.4,22.6; PL; Vistula
scheldt; Scheldt; Schelde|Escaut|Scheldt River|the Scheldt|Scaldis; river; 51.05; 3.73; 49.9,3.1,51.5,4.5; FR|BE|NL; Scheldt
meuse-river; Meuse River; Maas|River Meuse|the Meuse|the Maas|Maas River; river; 50.63; 5.58; 47.9,3.8,51.9,6.0; FR|BE|NL; Meuse
moselle-river; Moselle River; Mosel|River Moselle|the Moselle|the Mosel|Mosella; river; 49.75; 6.63; 47.8,5.8,50.4,7.6; FR|LU|DE; Moselle
main-river; Main River; River Main|Main (river)|Moenus; river; 49.79; 9.92; 49.5,8.2,50.3,12.0; DE; Main (river)
inn-river; Inn River; River Inn|Inn (river)|En river|Aenus; river; 47.27; 11.39; 46.4,9.6,48.6,13.5; CH|AT|DE; Inn (river)
seine; Seine; Seine River|River Seine|the Seine|Sequana; river; 48.86; 2.34; 47.4,0.1,49.5,5.0; FR; Seine
loire-river; Loire River; River Loire|the Loire|Loire river; river; 47.90; 1.90; 44.8,-2.3,48.0,4.5; FR; Loire
rhone-river; Rhône River; Rhone River|the Rhône|the Rhone|River Rhône|Rodano|Rhodanus; river; 44.93; 4.88; 43.3,4.0,46.6,8.4; CH|FR; Rhône
garonne; Garonne; Garonne River|the Garonne|Garona|Garumna; river; 43.60; 1.43; 42.7,-0.8,45.1,1.6; ES|FR; Garonne
po-river; Po River; River Po|the Po|Padus|Eridanus; river; 45.06; 9.70; 44.4,6.9,45.3,12.6; IT; Po (river)
tiber; Tiber; Tevere|Tiber River|River Tiber|the Tiber|Tiberis; river; 41.90; 12.47; 41.7,12.2,43.8,12.6; IT; Tiber
arno-river; Arno River; the Arno|River Arno; river; 43.77; 11.25; 43.4,10.2,43.9,11.9; IT; Arno
tagus; Tagus; Tajo|Tejo|Tagus River|River Tagus|the Tagus; river; 39.85; -4.02; 38.6,-9.5,40.7,-1.7; ES|PT; Tagus
ebro; Ebro; Ebro River|River Ebro|the Ebro|Ebre|Iberus; river; 41.66; -0.88; 40.6,-4.4,43.1,0.9; ES; Ebro
douro; Douro; Duero|Douro River|the Douro|River Douro|Durius; river; 41.50; -5.75; 40.8,-8.7,42.1,-2.5; ES|PT; Douro
guadiana; Guadiana; Guadiana River|the Guadiana; river; 38.92; -6.35; 37.1,-7.6,39.5,-2.4; ES|PT; Guadiana River
guadalquivir; Guadalquivir; Guadalquivir River|the Guadalquivir|Baetis; river; 37.88; -4.78; 36.7,-6.4,38.3,-2.5; ES; Guadalquivir
thames; Thames; River Thames|the Thames|Thames River|Tamesis; river; 51.46; -0.97; 51.4,-2.1,51.8,0.9; GB; River Thames
severn; Severn; River Severn|the Severn|Afon Hafren; river; 52.71; -2.75; 51.5,-3.8,52.8,-2.2; GB; River Severn
river-shannon; River Shannon; Shannon River|the Shannon|Abha na Sionainne|Sionainn; river; 53.42; -7.94; 52.5,-9.9,54.3,-7.8; IE; River Shannon
maritsa; Maritsa; Evros River|Meriç|Meriç River|Hebrus|Marica|Maritsa River|Evros river; river; 42.15; 24.75; 40.8,23.6,42.4,27.0; BG|GR|TR; Maritsa
vardar-river; Vardar River; Axios|Axios River|Vardar|Axius; river; 42.00; 21.43; 40.5,20.8,42.0,22.9; MK|GR; Vardar
sava; Sava; Sava River|the Sava|Savus; river; 45.80; 15.97; 44.7,13.7,46.5,20.5; SI|HR|BA|RS; Sava
drava; Drava; Drau|Dráva|Drava River|the Drava|Dravus; river; 46.55; 15.65; 45.5,12.2,46.9,18.9; IT|AT|SI|HR|HU; Drava
tisza; Tisza; Tisa|Tisza River|Theiss|the Tisza|Tysa; river; 46.25; 20.15; 45.1,19.0,48.5,24.5; UA|RO|HU|SK|RS; Tisza
glomma; Glomma; Glåma|Glomma River|Glommen; river; 60.88; 11.56; 59.2,10.9,62.9,11.9; NO; Glomma
danube-delta; Danube Delta; Delta Dunării|Delta Dunayu|the Danube Delta; delta; 45.10; 29.30; 44.7,28.6,45.5,29.8; RO|UA; Danube Delta
volga-delta; Volga Delta; the Volga Delta|Volga River Delta; delta; 46.00; 48.30; 45.5,47.0,46.8,49.5; RU; Volga Delta
rhine-meuse-scheldt-delta; Rhine–Meuse–Scheldt delta; Rhine Delta|Rhine-Meuse-Scheldt delta|Rhine-Meuse delta|Rhine–Meuse delta; delta; 51.85; 4.80; 51.3,3.5,52.2,6.0; NL|BE; Rhine–Meuse–Scheldt delta
ebro-delta; Ebro Delta; Delta de l'Ebre|Delta del Ebro; delta; 40.72; 0.75; 40.55,0.55,40.82,0.9; ES; Ebro Delta
lake-ladoga; Lake Ladoga; Ladoga|Ladozhskoye Ozero|Laatokka|Lake Ladoga (Russia); lake; 60.85; 31.50; 59.9,29.8,61.8,33.0; RU; Lake Ladoga
lake-onega; Lake Onega; Onezhskoye Ozero|Äänisjärvi|Lake Onego; lake; 61.70; 35.40; 60.8,34.0,62.9,36.5; RU; Lake Onega
lake-peipus; Lake Peipus; Peipsi|Lake Peipsi|Chudskoye Ozero|Lake Chud|Peipus-Pskov lake|Peipsi-Pihkva; lake; 58.70; 27.50; 57.8,26.9,59.0,28.2; EE|RU; Lake Peipus
lake-ilmen; Lake Ilmen; Ilmen|Ozero Ilmen; lake; 58.27; 31.30; 58.1,31.0,58.45,31.65; RU; Lake Ilmen
rybinsk-reservoir; Rybinsk Reservoir; Rybinsk Sea|Rybinskoye Vodokhranilishche|Rybinsk Reservoir lake; lake; 58.50; 38.40; 57.95,37.6,59.1,39.0; RU; Rybinsk Reservoir; RSV
kuybyshev-reservoir; Kuybyshev Reservoir; Kuibyshev Reservoir|Samara Reservoir|Zhiguli Sea|Kuybyshevskoye Vodokhranilishche; lake; 54.80; 49.00; 53.4,48.3,55.8,50.5; RU; Kuybyshev Reservoir; RSV
kakhovka-reservoir; Kakhovka Reservoir; Kakhovske Reservoir|Kakhovka Sea|Kakhovske vodoskhovyshche|Kakhovka reservoir; lake; 47.30; 34.20; 46.75,33.35,47.85,35.15; UA; Kakhovka Reservoir; RSV
vanern; Vänern; Lake Vänern|Lake Vanern|Vanern; lake; 58.90; 13.20; 58.4,12.3,59.4,14.1; SE; Vänern
vattern; Vättern; Lake Vättern|Lake Vattern|Vattern; lake; 58.35; 14.55; 57.75,14.05,58.9,14.95; SE; Vättern
malaren; Mälaren; Lake Mälaren|Lake Malaren|Malaren; lake; 59.43; 16.90; 59.2,15.9,59.7,17.9; SE; Mälaren
saimaa; Saimaa; Lake Saimaa|Greater Saimaa; lake; 61.30; 28.20; 60.95,27.3,62.5,29.7; FI; Saimaa
paijanne; Päijänne; Lake Päijänne|Paijanne|Lake Paijanne; lake; 61.60; 25.50; 61.05,25.2,62.3,25.9; FI; Päijänne
lake-inari; Lake Inari; Inarijärvi|Anárjávri|Lake Inarijärvi; lake; 69.00; 27.90; 68.75,27.0,69.3,28.6; FI; Lake Inari
mjosa; Mjøsa; Lake Mjøsa|Mjosa|Lake Mjosa; lake; 60.70; 10.90; 60.35,10.55,61.15,11.25; NO; Mjøsa
lake-geneva; Lake Geneva; Lac Léman|Lac Leman|Lake Leman|Genfersee|Le Léman|Lac de Genève; lake; 46.45; 6.55; 46.2,6.1,46.55,6.95; CH|FR; Lake Geneva
lake-constance; Lake Constance; Bodensee|Lac de Constance|Lake of Constance|Lago di Costanza; lake; 47.63; 9.37; 47.45,8.9,47.85,9.8; DE|CH|AT; Lake Constance
lake-zurich; Lake Zurich; Zürichsee|Lake Zürich|Zurichsee; lake; 47.22; 8.73; 47.15,8.5,47.37,9.0; CH; Lake Zurich
lake-lucerne; Lake Lucerne; Vierwaldstättersee|Lake of the Four Forested Cantons|Lac des Quatre-Cantons; lake; 47.00; 8.40; 46.9,8.2,47.1,8.65; CH; Lake Lucerne
lake-balaton; Lake Balaton; Balaton|Plattensee|the Balaton; lake; 46.83; 17.73; 46.7,17.2,47.1,18.2; HU; Lake Balaton
lake-neusiedl; Lake Neusiedl; Neusiedler See|Fertő|Lake Fertő|Fertő-tó; lake; 47.83; 16.75; 47.65,16.65,47.97,16.9; AT|HU; Lake Neusiedl
lake-garda; Lake Garda; Lago di Garda|Benaco|Lake Benacus|Garda Lake; lake; 45.65; 10.65; 45.43,10.5,45.9,10.88; IT; Lake Garda
lake-como; Lake Como; Lago di Como|Lario|Lake Lario; lake; 46.00; 9.27; 45.8,9.05,46.2,9.45; IT; Lake Como
lake-maggiore; Lake Maggiore; Lago Maggiore|Verbano|Lake Verbano|Langensee; lake; 45.95; 8.65; 45.7,8.5,46.2,8.9; IT|CH; Lake Maggiore
lake-ohrid; Lake Ohrid; Ohridsko Ezero|Liqeni i Ohrit|Ohrid Lake; lake; 41.05; 20.72; 40.9,20.6,41.2,20.8; MK|AL; Lake Ohrid
lake-prespa; Lake Prespa; Great Prespa Lake|Prespa Lake|Prespansko Ezero|Liqeni i Prespës|Megali Prespa; lake; 40.92; 21.05; 40.75,20.95,41.1,21.15; MK|AL|GR; Lake Prespa
lake-skadar; Lake Skadar; Lake Scutari|Skadarsko Jezero|Liqeni i Shkodrës|Lake Shkodra; lake; 42.20; 19.30; 42.0,19.0,42.4,19.5; ME|AL; Lake Skadar
lough-neagh; Lough Neagh; Loch nEathach|Lough Neagh lake; lake; 54.62; -6.42; 54.45,-6.65,54.8,-6.25; GB; Lough Neagh
loch-ness; Loch Ness; Loch Nis; lake; 57.30; -4.45; 57.15,-4.7,57.45,-4.2; GB; Loch Ness
loch-lomond; Loch Lomond; Loch Laomainn; lake; 56.08; -4.60; 55.98,-4.75,56.3,-4.5; GB; Loch Lomond
adriatic-sea; Adriatic Sea; Adriatic|the Adriatic|Jadransko More|Mare Adriatico|Deti Adriatik; sea; 43.00; 15.50; 40.0,12.0,45.8,19.9; IT|HR|SI|BA|ME|AL; Adriatic Sea
aegean-sea; Aegean Sea; Aegean|the Aegean|Aigaio Pelagos|Ege Denizi|Aegean Archipelago sea; sea; 39.00; 25.00; 35.0,22.5,41.0,28.3; GR|TR; Aegean Sea
ionian-sea; Ionian Sea; Ionio Pelagos|Mar Ionio|Ionian; sea; 38.50; 18.50; 36.0,15.0,40.5,22.0; IT|GR|AL; Ionian Sea
tyrrhenian-sea; Tyrrhenian Sea; Mare Tirreno|Tyrrhenian|Mar Tirreno; sea; 40.00; 12.50; 37.8,9.0,44.1,16.2; IT|FR; Tyrrhenian Sea
ligurian-sea; Ligurian Sea; Mar Ligure|Mer Ligure; sea; 43.80; 9.00; 42.8,7.3,44.5,10.3; IT|FR|MC; Ligurian Sea
balearic-sea; Balearic Sea; Iberian Sea|Mar Balear|Catalan Sea; sea; 40.50; 2.50; 38.5,0.0,42.0,4.5; ES; Balearic Sea
alboran-sea; Alboran Sea; Mar de Alborán|Alborán Sea; sea; 36.00; -3.50; 35.1,-5.4,36.8,-1.0; ES|MA|DZ|GI; Alboran Sea
strait-of-gibraltar; Strait of Gibraltar; Straits of Gibraltar|Estrecho de Gibraltar|Gibraltar Strait|Strait of Gibraltar (Pillars of Hercules); strait; 35.97; -5.60; 35.75,-6.05,36.2,-5.3; ES|MA|GI; Strait of Gibraltar
gulf-of-cadiz; Gulf of Cádiz; Golfo de Cádiz|Gulf of Cadiz; gulf; 36.60; -7.30; 36.0,-9.0,37.3,-6.0; ES|PT|MA; Gulf of Cádiz
gulf-of-lion; Gulf of Lion; Golfe du Lion|Gulf of Lions|Golf del Lleó; gulf; 43.00; 4.00; 42.3,3.0,43.6,6.0; FR|ES; Gulf of Lion
gulf-of-venice; Gulf of Venice; Golfo di Venezia|Venetian Gulf|Tršćanski zaljev region; gulf; 45.30; 13.00; 44.8,12.2,45.8,13.9; IT|SI|HR; Gulf of Venice
gulf-of-taranto; Gulf of Taranto; Golfo di Taranto; gulf; 39.90; 17.20; 39.2,16.4,40.5,18.1; IT; Gulf of Taranto
gulf-of-corinth; Gulf of Corinth; Corinthian Gulf|Korinthiakos Kolpos; gulf; 38.20; 22.50; 37.9,21.5,38.45,23.2; GR; Gulf of Corinth
saronic-gulf; Saronic Gulf; Gulf of Aegina|Saronikos Kolpos|Saronic gulf; gulf; 37.70; 23.70; 37.3,22.9,38.0,24.1; GR; Saronic Gulf
strait-of-messina; Strait of Messina; Stretto di Messina|Messina Strait|Straits of Messina; strait; 38.20; 15.62; 37.95,15.5,38.3,15.7; IT; Strait of Messina
strait-of-otranto; Strait of Otranto; Canale d'Otranto|Otranto Strait|Ngushtica e Otrantos; strait; 40.20; 19.00; 39.8,18.4,40.6,19.5; IT|AL; Strait of Otranto
strait-of-bonifacio; Strait of Bonifacio; Bocche di Bonifacio|Bouches de Bonifacio; strait; 41.30; 9.20; 41.2,8.9,41.4,9.5; FR|IT; Strait of Bonifacio
bosporus; Bosporus; Bosphorus|Istanbul Strait|İstanbul Boğazı|Bosporus Strait|Bosphorus Strait|Thracian Bosporus; strait; 41.11; 29.065; 40.99,28.97,41.24,29.13; TR; Bosporus
dardanelles; Dardanelles; Çanakkale Strait|Çanakkale Boğazı|Hellespont|Strait of Gallipoli|Dardanelles Strait; strait; 40.20; 26.40; 40.0,26.15,40.45,26.75; TR; Dardanelles
sea-of-marmara; Sea of Marmara; Marmara Sea|Marmara Denizi|Propontis|Sea of Marmora; sea; 40.70; 28.20; 40.3,26.7,41.05,29.95; TR; Sea of Marmara
black-sea; Black Sea; Euxine Sea|Pontus Euxinus|Chorne More|Chyornoye More|Karadeniz|Marea Neagră|Euxine; sea; 43.20; 34.50; 40.9,27.4,46.7,41.8; TR|UA|RU|GE|BG|RO; Black Sea
sea-of-azov; Sea of Azov; Azov Sea|Azovskoye More|Azovske More|Azak Deñizi|Maeotis; sea; 46.10; 36.60; 45.2,34.8,47.3,39.4; UA|RU; Sea of Azov
kerch-strait; Kerch Strait; Strait of Kerch|Kerchenskiy Proliv|Kerchenska Protoka|Cimmerian Bosporus; strait; 45.25; 36.55; 44.95,36.3,45.45,36.75; UA|RU; Kerch Strait
sivash; Sivash; Syvash|Rotten Sea|Putrid Sea|Gniloye More|Syvash lagoons; lake; 45.80; 34.70; 45.2,33.9,46.2,35.5; UA; Sivash; LGN
snake-island; Snake Island; Zmiinyi Island|Zmiinyi|Serpent Island|Ostriv Zmiinyi|Insula Șerpilor|Zmeiny Island; island; 45.255; 30.204; 45.25,30.195,45.26,30.21; UA; Snake Island (Black Sea)
baltic-sea; Baltic Sea; Baltic|the Baltic|Ostsee|Itämeri|Östersjön|Mare Balticum; sea; 58.00; 20.00; 53.5,9.5,66.0,30.5; SE|FI|EE|LV|LT|RU|PL|DE|DK; Baltic Sea
gulf-of-finland; Gulf of Finland; Suomenlahti|Finskiy Zaliv|Soome laht|Finska viken; gulf; 59.80; 26.00; 59.2,22.8,60.8,30.3; FI|EE|RU; Gulf of Finland
gulf-of-bothnia; Gulf of Bothnia; Pohjanlahti|Bottniska viken|Bothnian Gulf; gulf; 63.00; 20.50; 60.0,17.0,65.9,25.6; SE|FI; Gulf of Bothnia
gulf-of-riga; Gulf of Riga; Rīgas līcis|Liivi laht|Riga Bay|Gulf of Livonia; gulf; 57.60; 23.50; 56.9,21.9,58.6,24.6; LV|EE; Gulf of Riga
curonian-lagoon; Curonian Lagoon; Kuršių marios|Kurisches Haff|Kurshsky Zaliv|Curonian Bay; lake; 55.30; 21.10; 54.85,20.5,55.75,21.3; LT|RU; Curonian Lagoon; LGN
oresund; Øresund; Oresund|Öresund|Sound (strait)|Oresund Strait; strait; 55.75; 12.75; 55.3,12.4,56.15,13.0; DK|SE; Øresund
kattegat; Kattegat; Kattegatt|Cattegat; strait; 56.80; 11.50; 55.8,10.3,57.8,12.9; DK|SE; Kattegat
skagerrak; Skagerrak; Skagerak|Skagerrack; strait; 57.80; 9.00; 57.0,7.0,59.2,11.5; NO|SE|DK; Skagerrak
north-sea; North Sea; German Ocean|Nordsee|Noordzee|Nordsjøen|Mare Germanicum; sea; 56.00; 3.00; 51.0,-4.0,61.0,9.0; GB|NO|DK|DE|NL|BE|FR; North Sea
wadden-sea; Wadden Sea; Waddenzee|Wattenmeer|Vadehavet|Frisian Wadden; sea; 53.25; 5.25; 52.9,4.7,55.6,9.0; NL|DE|DK; Wadden Sea
english-channel; English Channel; La Manche|the Channel|British Channel|Channel (English); channel; 50.20; -1.50; 48.5,-5.7,51.1,1.6; GB|FR; English Channel
strait-of-dover; Strait of Dover; Pas de Calais|Dover Strait|Straits of Dover|Strait of Calais; strait; 51.00; 1.45; 50.8,1.2,51.2,1.9; GB|FR; Strait of Dover
bay-of-biscay; Bay of Biscay; Gulf of Gascony|Golfe de Gascogne|Golfo de Vizcaya|Biscay|Bizkaiko Golkoa; bay; 45.00; -4.50; 43.3,-9.5,48.5,-1.2; FR|ES; Bay of Biscay
celtic-sea; Celtic Sea; Môr Keltek|An Mhuir Cheilteach; sea; 50.50; -7.50; 48.0,-11.0,52.0,-5.0; IE|GB|FR; Celtic Sea
irish-sea; Irish Sea; Muir Éireann|Môr Iwerddon|Manx Sea; sea; 53.80; -5.00; 52.0,-6.3,55.0,-2.9; GB|IE|IM; Irish Sea
st-georges-channel; St George's Channel; Saint George's Channel|St. George's Channel|Muir Bhreatan; channel; 52.00; -6.00; 51.5,-6.8,52.5,-4.8; GB|IE; St George's Channel
north-channel; North Channel; Straits of Moyle|Sruth na Maoile|North Channel (Great Britain and Ireland); channel; 55.20; -5.70; 54.6,-6.2,55.6,-5.1; GB; North Channel (Great Britain and Ireland)
bristol-channel; Bristol Channel; Môr Hafren|Severn Sea; bay; 51.35; -3.80; 51.1,-5.0,51.6,-3.0; GB; Bristol Channel; INLT
moray-firth; Moray Firth; Linne Mhoireibh|the Moray Firth; bay; 57.70; -3.70; 57.45,-4.3,58.2,-1.8; GB; Moray Firth; INLT
firth-of-forth; Firth of Forth; Forth Estuary|Linne Foirthe|the Firth of Forth; bay; 56.05; -3.00; 55.95,-3.75,56.3,-2.5; GB; Firth of Forth; ESTY
norwegian-sea; Norwegian Sea; Norskehavet|the Norwegian Sea; sea; 69.00; 5.00; 61.0,-14.0,76.0,18.0; NO|IS; Norwegian Sea
barents-sea; Barents Sea; Barentsevo More|Barentshavet|Murman Sea|the Barents Sea; sea; 74.00; 40.00; 68.0,15.0,81.0,60.0; NO|RU; Barents Sea
white-sea; White Sea; Beloye More|Vienanmeri|the White Sea; sea; 65.60; 37.80; 63.8,32.0,68.7,44.5; RU; White Sea
great-britain; Great Britain; island of Great Britain|British mainland|Britain (island); island; 54.00; -2.50; 49.9,-6.4,58.7,1.8; GB; Great Britain
hebrides; Hebrides; the Hebrides|Inner Hebrides|Outer Hebrides|Innse Gall|Hebridean islands; archipelago; 57.50; -6.80; 55.6,-8.7,58.6,-5.5; GB; Hebrides
frisian-islands; Frisian Islands; Wadden Islands|Frisian islands|Friesian Islands|West Frisian Islands|East Frisian Islands|North Frisian Islands; archipelago; 53.60; 7.00; 53.0,4.7,55.2,8.7; NL|DE|DK; Frisian Islands
lofoten; Lofoten; Lofoten Islands|Lofotr; archipelago; 68.20; 14.00; 67.6,12.0,68.6,15.9; NO; Lofoten
spitsbergen; Spitsbergen; Spitzbergen|West Spitsbergen|Vestspitsbergen; island; 78.70; 16.00; 76.4,10.4,80.0,22.0; NO; Spitsbergen
novaya-zemlya; Novaya Zemlya; Nova Zembla|Novaja Zemlja; archipelago; 74.00; 56.50; 70.5,51.5,77.0,69.0; RU; Novaya Zemlya
franz-josef-land; Franz Josef Land; Zemlya Frantsa-Iosifa|Fridtjof Nansen Land|Franz-Josef Land; archipelago; 80.70; 54.00; 79.7,44.5,81.9,65.5; RU; Franz Josef Land
aeolian-islands; Aeolian Islands; Lipari Islands|Isole Eolie|Eolie|Aeolian archipelago; archipelago; 38.55; 14.90; 38.35,14.3,38.85,15.3; IT; Aeolian Islands
cyclades; Cyclades; Kyklades|the Cyclades|Cycladic islands; archipelago; 37.00; 25.20; 36.3,24.2,37.9,26.0; GR; Cyclades
dodecanese; Dodecanese; Dodekanisa|the Dodecanese|Dodecanese Islands|Southern Sporades; archipelago; 36.60; 27.20; 35.3,26.2,37.5,29.7; GR; Dodecanese
""")
# ---------------------------------------------------------------------------
# AFRICA
# ---------------------------------------------------------------------------
DATA.append(r"""
@AF
sahel; Sahel; the Sahel|Sahel region|Sahelian belt|Sahel belt; region; 14.50; 5.00; 10.0,-17.5,20.0,39.0; SN|MR|ML|BF|NE|NG|TD|SD|ER|CM; Sahel
maghreb; Maghreb; the Maghreb|Maghrib|al-Maghrib al-Arabi|Northwest Africa; region; 32.00; 3.00; 19.0,-17.1,37.5,25.0; MA|DZ|TN|LY|MR|EH; Maghreb
north-africa; North Africa; Northern Africa|the North of Africa; region; 27.00; 15.00; 15.0,-17.5,37.5,37.0; MA|DZ|TN|LY|EG|SD|EH|MR; North Africa
west-africa; West Africa; Western Africa; region; 12.00; -3.00; 4.0,-25.5,25.0,16.0; SN|GM|GW|GN|SL|LR|CI|GH|TG|BJ|NG|NE|BF|ML|MR|CV; West Africa
east-africa; East Africa; Eastern Africa; region; 0.00; 36.00; -12.0,28.8,18.0,51.5; KE|TZ|UG|RW|BI|SO|ET|ER|DJ|SS; East Africa
central-africa; Central Africa; Middle Africa; region; 2.00; 20.00; -13.5,8.5,23.5,31.3; CM|CF|TD|CG|CD|GA|GQ; Central Africa
southern-africa; Southern Africa; the south of Africa; region; -24.00; 25.00; -35.0,11.5,-8.0,41.0; ZA|NA|BW|ZW|MZ|ZM|LS|SZ|MW|AO; Southern Africa
sub-saharan-africa; Sub-Saharan Africa; Subsaharan Africa|sub-Saharan Africa|Africa south of the Sahara|Sub-Sahara; region; 0.00; 22.00; -35.0,-17.6,18.0,51.5; CD|CG|CF|CM|NG|GH|CI|SN|ML|NE|TD|ET|KE|TZ|UG|AO|ZM|ZW|MZ|ZA|NA|BW|MG|SO; Sub-Saharan Africa
horn-of-africa; Horn of Africa; the Horn of Africa|Somali Peninsula|Northeast Africa|the Horn; region; 8.00; 45.00; -1.7,33.0,18.0,51.5; SO|ET|ER|DJ; Horn of Africa
african-great-lakes; African Great Lakes; Great Lakes region of Africa|African Great Lakes region|Great Lakes of Africa|Great Lakes region (Africa); region; -2.00; 30.50; -15.0,27.0,4.0,36.0; RW|BI|UG|TZ|KE|CD|MW|ZM|MZ; African Great Lakes
nubia; Nubia; Nubia region|Land of Kush|Bilad al-Nuba|Upper Nubia|Lower Nubia; region; 20.50; 31.50; 15.5,29.5,24.1,34.5; SD|EG; Nubia
darfur; Darfur; the Darfur region|Dar Fur|Darfur region|Greater Darfur; region; 13.50; 24.50; 9.0,22.0,20.0,27.5; SD; Darfur
kordofan; Kordofan; Kurdufan|Kordofan region|Greater Kordofan; region; 13.00; 29.50; 9.5,26.5,16.5,32.5; SD; Kordofan
nuba-mountains; Nuba Mountains; Nuba Hills|Jibal an-Nuba|Jebel Nuba; mountain_range; 11.50; 30.30; 10.3,29.3,12.5,31.5; SD; Nuba Mountains
jebel-marra; Jebel Marra; Marrah Mountains|Jabal Marra|Marra Mountains; mountain_range; 12.95; 24.27; 12.5,23.8,13.8,24.7; SD; Marrah Mountains
ogaden; Ogaden; the Ogaden|Ogaden region|Ogadenia; region; 7.00; 44.50; 4.0,40.5,9.5,48.0; ET; Ogaden
afar-triangle; Afar Triangle; Afar Depression|the Afar Triangle|Afar Rift|Afar region depression; basin; 12.00; 41.50; 9.0,39.5,15.5,43.5; ET|ER|DJ; Afar Triangle; DPR
danakil-depression; Danakil Depression; Danakil|Dallol depression|Danakil Desert|the Danakil; basin; 14.20; 40.30; 13.0,39.7,15.0,41.0; ET|ER; Danakil Depression; DPR
ethiopian-highlands; Ethiopian Highlands; Abyssinian Highlands|Ethiopian Plateau|Roof of Africa|Abyssinian Plateau; plateau; 10.00; 38.50; 5.0,35.0,15.5,43.0; ET|ER; Ethiopian Highlands
simien-mountains; Simien Mountains; Semien Mountains|Simien|Semien; mountain_range; 13.23; 38.20; 13.0,37.8,13.5,38.6; ET; Simien Mountains
ras-dashen; Ras Dashen; Ras Dejen|Ras Dashan|Ras Dejen peak; mountain; 13.237; 38.372; 13.21,38.34,13.26,38.4; ET; Ras Dejen
bale-mountains; Bale Mountains; Bale Massif|Bale highlands; mountain_range; 6.80; 39.80; 6.4,39.3,7.2,40.2; ET; Bale Mountains
great-rift-valley; Great Rift Valley; East African Rift|the Great Rift Valley|East African Rift System|Rift Valley (East Africa)|Great Rift; valley; 0.50; 36.00; -17.0,28.5,15.5,43.5; ET|KE|TZ|UG|RW|BI|CD|MW|MZ|ZM|ER|DJ; Great Rift Valley
rwenzori-mountains; Rwenzori Mountains; Ruwenzori|Rwenzori|Mountains of the Moon|Ruwenzori Range; mountain_range; 0.40; 29.90; 0.0,29.6,0.85,30.15; UG|CD; Rwenzori Mountains
mount-stanley; Mount Stanley; Margherita Peak; mountain; 0.386; 29.872; 0.36,29.84,0.41,29.9; UG|CD; Mount Stanley
virunga-mountains; Virunga Mountains; Virungas|the Virungas|Mufumbiro Mountains|Virunga volcanoes; mountain_range; -1.47; 29.48; -1.65,29.15,-1.3,29.75; CD|RW|UG; Virunga Mountains
mount-nyiragongo; Mount Nyiragongo; Nyiragongo|Nyiragongo volcano; mountain; -1.520; 29.250; -1.56,29.21,-1.48,29.29; CD; Mount Nyiragongo; VLC
mount-kilimanjaro; Mount Kilimanjaro; Kilimanjaro|Kibo|Uhuru Peak|Mt Kilimanjaro|Mt. Kilimanjaro; mountain; -3.076; 37.353; -3.2,37.2,-2.95,37.55; TZ; Mount Kilimanjaro; VLC
mount-kenya; Mount Kenya; Batian|Mt Kenya|Mt. Kenya|Kirinyaga (mountain); mountain; -0.152; 37.308; -0.25,37.2,-0.05,37.42; KE; Mount Kenya; VLC
mount-elgon; Mount Elgon; Elgon|Masaba|Mt Elgon; mountain; 1.130; 34.550; 1.0,34.4,1.25,34.7; UG|KE; Mount Elgon; VLC
mount-meru; Mount Meru; Meru (Tanzania)|Mt Meru; mountain; -3.250; 36.750; -3.3,36.7,-3.2,36.8; TZ; Mount Meru (Tanzania); VLC
aberdare-range; Aberdare Range; Aberdares|the Aberdares|Aberdare Mountains; mountain_range; -0.40; 36.70; -0.8,36.5,0.0,36.85; KE; Aberdare Range
mount-cameroon; Mount Cameroon; Mongo ma Ndemi|Cameroon Mountain|Mont Cameroun; mountain; 4.203; 9.170; 4.1,9.05,4.3,9.3; CM; Mount Cameroon; VLC
mount-mulanje; Mount Mulanje; Mulanje Massif|Sapitwa|Mulanje Mountain; mountain; -15.950; 35.600; -16.05,35.5,-15.85,35.7; MW; Mount Mulanje
mount-karthala; Mount Karthala; Karthala|Kartala; mountain; -11.750; 43.380; -11.85,43.3,-11.65,43.45; KM; Mount Karthala; VLC
piton-de-la-fournaise; Piton de la Fournaise; La Fournaise|Peak of the Furnace; mountain; -21.244; 55.708; -21.3,55.65,-21.2,55.8; FR; Piton de la Fournaise; VLC
teide; Teide; Mount Teide|Pico del Teide|El Teide; mountain; 28.272; -16.642; 28.24,-16.68,28.3,-16.6; ES; Teide; VLC
table-mountain; Table Mountain; Tafelberg|Hoerikwaggo; mountain; -33.962; 18.409; -33.99,18.38,-33.94,18.44; ZA; Table Mountain
drakensberg; Drakensberg; uKhahlamba|Dragon Mountains|Maloti-Drakensberg|the Drakensberg|Drakensberg Mountains; mountain_range; -29.30; 29.40; -32.0,26.5,-24.0,31.2; ZA|LS; Drakensberg
witwatersrand; Witwatersrand; Witwatersrand ridge|Rand ridge|Witwatersrand Basin; mountain_range; -26.20; 27.90; -26.5,26.5,-25.9,28.6; ZA; Witwatersrand; RDGE
highveld; Highveld; Hoëveld|the Highveld|Highveld plateau; plateau; -26.50; 28.50; -28.5,25.5,-24.5,31.0; ZA; Highveld
karoo; Karoo; Great Karoo|Karroo|the Karoo|Groot Karoo|Little Karoo; region; -32.30; 22.50; -34.0,18.5,-29.5,26.5; ZA; Karoo
atlas-mountains; Atlas Mountains; the Atlas|Atlas range|Atlas Mountain range; mountain_range; 32.00; -5.50; 29.5,-10.0,37.3,11.0; MA|DZ|TN; Atlas Mountains
high-atlas; High Atlas; Haut Atlas|Grand Atlas|High Atlas Mountains; mountain_range; 31.30; -6.50; 30.4,-9.9,33.0,-3.5; MA; High Atlas
anti-atlas; Anti-Atlas; Lesser Atlas|Anti Atlas|Anti-Atlas Mountains; mountain_range; 30.00; -8.00; 28.8,-10.2,31.2,-5.0; MA; Anti-Atlas
rif-mountains; Rif Mountains; Rif|Er Rif|the Rif|Rif range; mountain_range; 34.95; -4.50; 34.5,-5.9,35.6,-2.8; MA; Rif
tell-atlas; Tell Atlas; Atlas Tellien|Tellian Atlas; mountain_range; 36.30; 3.50; 34.8,-2.0,37.0,9.5; DZ|TN; Tell Atlas
saharan-atlas; Saharan Atlas; Atlas Saharien; mountain_range; 34.00; 2.00; 32.0,-2.0,35.5,8.0; DZ; Saharan Atlas
aures-mountains; Aurès Mountains; Aurès|Aures|Aures Mountains|Awras; mountain_range; 35.30; 6.50; 34.8,5.5,35.8,7.5; DZ; Aurès Mountains
toubkal; Toubkal; Jbel Toubkal|Mount Toubkal|Jebel Toubkal; mountain; 31.060; -7.915; 31.03,-7.95,31.09,-7.88; MA; Toubkal
kabylie; Kabylie; Kabylia|Kabyle region|Great Kabylie|Kabylie region|Kabylia region; region; 36.60; 4.30; 36.2,3.5,37.0,5.5; DZ; Kabylia
hoggar-mountains; Hoggar Mountains; Ahaggar Mountains|Ahaggar|Hoggar|Ahaggar Massif; mountain_range; 23.30; 5.60; 21.5,3.5,25.0,8.5; DZ; Hoggar Mountains
tibesti-mountains; Tibesti Mountains; Tibesti Massif|Tibesti range; mountain_range; 21.00; 17.50; 19.0,15.5,23.5,19.5; TD|LY; Tibesti Mountains
emi-koussi; Emi Koussi; Emi Kusi; mountain; 19.790; 18.550; 19.7,18.45,19.9,18.65; TD; Emi Koussi; VLC
air-mountains; Aïr Mountains; Aïr Massif|Air Mountains|Azbin|Air Massif; mountain_range; 18.50; 8.60; 17.0,7.5,20.5,10.0; NE; Aïr Mountains
tassili-n-ajjer; Tassili n'Ajjer; Tassili|Tassili N'Ajjer|Tassili plateau; plateau; 25.50; 9.00; 24.0,6.5,26.8,11.0; DZ; Tassili n'Ajjer
ennedi-plateau; Ennedi Plateau; Ennedi Massif|Ennedi Highlands; plateau; 17.10; 22.20; 16.3,21.3,18.3,23.6; TD; Ennedi Plateau
red-sea-hills; Red Sea Hills; Etbai|Red Sea Mountains|Red Sea hills range; mountain_range; 20.00; 36.50; 15.5,32.5,28.5,38.5; EG|SD|ER; Red Sea Hills
adamawa-plateau; Adamawa Plateau; Adamaoua Plateau|Adamawa Highlands|Adamaoua Highlands; plateau; 7.00; 13.50; 6.0,11.0,8.5,15.5; CM|NG|CF; Adamawa Plateau
jos-plateau; Jos Plateau; Jos Highlands|Plateau of Jos; plateau; 9.50; 8.90; 8.7,8.3,10.3,9.8; NG; Jos Plateau
mandara-mountains; Mandara Mountains; Mandara Highlands|Mandara range; mountain_range; 10.80; 13.70; 9.9,13.2,11.6,14.3; CM|NG; Mandara Mountains
fouta-djallon; Fouta Djallon; Futa Jallon|Fouta-Djalon|Futa Djallon|Fouta Jallon; plateau; 11.00; -12.20; 10.0,-13.5,12.0,-11.0; GN; Fouta Djallon
bie-plateau; Bié Plateau; Bie Plateau|Central Plateau of Angola|Planalto Central de Angola; plateau; -12.50; 16.50; -14.5,14.5,-10.5,18.5; AO; Bié Plateau
sahara; Sahara; Sahara Desert|the Sahara|the Sahara Desert|Aṣ-Ṣaḥrāʾ al-Kubrā; desert; 23.00; 10.00; 15.0,-17.1,33.0,38.0; DZ|LY|EG|SD|TD|NE|ML|MR|EH|MA|TN; Sahara
libyan-desert; Libyan Desert; Western Desert (Egypt)|Libyan Sahara|Western Desert of Egypt; desert; 25.00; 25.00; 19.0,17.0,31.0,31.0; LY|EG|SD; Libyan Desert
eastern-desert; Eastern Desert; Arabian Desert (Egypt)|Red Sea Desert|Eastern Desert of Egypt; desert; 26.00; 33.00; 22.0,31.0,30.5,36.0; EG; Eastern Desert
nubian-desert; Nubian Desert; Nubian desert|Sahra an-Nuba; desert; 20.50; 33.50; 18.5,30.5,22.0,36.0; SD; Nubian Desert
great-sand-sea; Great Sand Sea; Egyptian Sand Sea|Bahr ar-Rimal al-Azim; desert; 26.00; 25.30; 23.5,24.0,29.5,26.5; EG|LY; Great Sand Sea
qattara-depression; Qattara Depression; Munkhafad al-Qattarah|the Qattara Depression; basin; 29.60; 27.30; 28.5,25.5,30.5,29.5; EG; Qattara Depression; DPR
tenere; Ténéré; Tenere|Ténéré Desert|Tenere Desert; desert; 18.50; 11.50; 16.0,9.0,21.0,14.0; NE|TD; Ténéré
grand-erg-oriental; Grand Erg Oriental; Great Eastern Erg|Great Eastern Sand Sea; desert; 30.50; 7.00; 28.5,5.0,33.0,10.5; DZ|TN; Grand Erg Oriental
grand-erg-occidental; Grand Erg Occidental; Great Western Erg|Great Western Sand Sea; desert; 30.50; 0.00; 29.0,-3.0,32.0,2.5; DZ; Grand Erg Occidental
tanezrouft; Tanezrouft; Tanezrouft desert|Tanezrouft Basin; desert; 23.00; 0.50; 21.0,-3.0,25.0,2.0; DZ|ML; Tanezrouft
kalahari-desert; Kalahari Desert; Kalahari|the Kalahari; desert; -23.00; 22.00; -28.5,17.5,-16.0,27.0; BW|NA|ZA; Kalahari Desert
namib; Namib; Namib Desert|the Namib|Namib desert; desert; -24.00; 15.00; -32.0,11.5,-14.0,16.5; NA|AO|ZA; Namib
lake-chad-basin; Lake Chad Basin; Chad Basin|Lake Chad region|Lake Chad Basin region; basin; 13.00; 15.00; 6.0,7.0,24.0,24.5; TD|NE|NG|CM|CF|SD|DZ|LY; Chad Basin
congo-basin; Congo Basin; Congo River Basin|Zaire Basin|the Congo Basin|Cuvette Centrale; basin; -1.00; 22.00; -13.5,11.0,9.5,31.5; CD|CG|CF|CM|GA|AO|ZM|TZ|GQ; Congo Basin
congo-rainforest; Congo Rainforest; Congolian rainforests|Congo rainforest|Congo jungle|Congolian forests; forest; 0.50; 21.50; -5.0,8.5,5.5,30.0; CD|CG|CM|GA|CF|GQ; Congolian rainforests
ituri-rainforest; Ituri Rainforest; Ituri Forest|Ituri rain forest; forest; 1.50; 28.50; 0.5,27.0,2.7,30.0; CD; Ituri Rainforest
sambisa-forest; Sambisa Forest; Sambisa|Sambisa Game Reserve|Sambisa forest reserve; forest; 11.25; 13.42; 10.8,13.0,11.8,14.0; NG; Sambisa Forest
serengeti; Serengeti; Serengeti Plain|Serengeti ecosystem|the Serengeti|Serengeti plains; plain; -2.33; 34.83; -3.7,33.9,-1.2,35.8; TZ|KE; Serengeti
maasai-mara; Maasai Mara; Masai Mara|the Mara|Maasai Mara National Reserve|Masai Mara Game Reserve; plain; -1.50; 35.15; -1.8,34.7,-1.2,35.4; KE; Maasai Mara
ngorongoro-crater; Ngorongoro Crater; Ngorongoro caldera|Ngorongoro Conservation Area; basin; -3.20; 35.50; -3.3,35.4,-3.1,35.65; TZ; Ngorongoro Crater; CRTR
sudd; Sudd; the Sudd|As-Sudd|Bahr al Jabal swamps|Sudd swamps|Sudd wetland; wetland; 7.50; 30.70; 6.0,29.5,9.5,32.0; SS; Sudd; SWMP
okavango-delta; Okavango Delta; Okavango Swamps|Okavango Grassland|the Okavango Delta; delta; -19.30; 22.90; -20.0,22.0,-18.3,23.8; BW; Okavango Delta
niger-delta; Niger Delta; the Niger Delta|Oil Rivers; delta; 5.00; 6.20; 4.2,4.9,6.2,7.6; NG; Niger Delta
inner-niger-delta; Inner Niger Delta; Macina|Massina|Niger inland delta|Inland Niger Delta; delta; 15.00; -4.30; 13.5,-5.5,16.5,-3.0; ML; Inner Niger Delta
nile-delta; Nile Delta; the Nile Delta|Delta of the Nile; delta; 30.80; 31.00; 30.0,29.8,31.6,32.4; EG; Nile Delta
nile-valley; Nile Valley; the Nile Valley|Nile valley; valley; 26.05; 32.25; 15.5,30.5,30.1,33.5; EG|SD; Nile Valley
valley-of-the-kings; Valley of the Kings; Wadi al-Muluk|Wadi Biban el-Muluk|Valley of the Gates of the Kings; valley; 25.74; 32.60; 25.73,32.59,25.75,32.61; EG; Valley of the Kings
mzab-valley; M'zab Valley; M'Zab|Mzab Valley|Wadi Mzab; valley; 32.48; 3.68; 32.35,3.5,32.6,3.9; DZ; M'zab
nile; Nile; Nile River|River Nile|the Nile|Nahr an-Nil|Bahr al-Nil|Iteru; river; 19.17; 30.48; -4.0,28.8,31.6,33.5; EG|SD|SS|UG|RW|BI|TZ; Nile
white-nile; White Nile; Bahr al Abyad|Bahr al-Abyad|Albert Nile|Victoria Nile|Bahr al Jabal|the White Nile; river; 9.53; 31.65; 0.4,30.5,15.7,33.5; UG|SS|SD; White Nile
blue-nile; Blue Nile; Abay|Abbay|Abay River|Bahr al Azraq|Bahr al-Azraq|the Blue Nile; river; 11.21; 35.09; 9.5,32.5,15.7,39.5; ET|SD; Blue Nile
atbara-river; Atbara River; Tekezé (upper)|Nahr Atbarah|the Atbara River; river; 14.93; 35.90; 12.5,33.9,17.7,39.0; ET|SD|ER; Atbara River
congo-river; Congo River; Zaire River|River Congo|the Congo River|Nzadi|Kongo River|Lualaba (upper)|the Zaire; river; 0.05; 18.26; -13.5,11.8,4.0,31.5; CD|CG|CF|AO|ZM; Congo River
ubangi-river; Ubangi River; Oubangui River|Ubangi|Oubangui|the Ubangi; river; 4.36; 18.58; -0.5,16.0,5.2,27.5; CF|CD|CG; Ubangi River
kasai-river; Kasai River; Cassai River|Kwa River|the Kasai River; river; -4.33; 20.58; -11.0,16.0,-3.0,22.5; AO|CD; Kasai River
niger-river; Niger River; River Niger|the Niger|Joliba|Isa Ber; river; 13.51; 2.11; 4.2,-11.0,17.1,9.5; GN|ML|NE|BJ|NG; Niger River
benue-river; Benue River; Bénoué River|the Benue; river; 7.73; 8.54; 7.2,6.7,9.9,14.2; CM|NG; Benue River
senegal-river; Senegal River; Sénégal River|Fleuve Sénégal|the Senegal River|River Senegal; river; 14.45; -11.44; 10.5,-16.6,16.8,-8.5; SN|MR|ML|GN; Senegal River
gambia-river; Gambia River; River Gambia|Gambie River|the Gambia River|Fleuve Gambie; river; 13.54; -14.77; 12.0,-16.8,13.9,-11.3; GM|SN|GN; Gambia River
volta-river; Volta River; River Volta|the Volta|Black Volta|White Volta; river; 8.10; -0.60; 5.7,-5.5,14.5,1.5; GH|BF|TG|CI; Volta River
orange-river; Orange River; Gariep River|Oranje River|Senqu River|the Orange River; river; -28.45; 21.25; -31.0,16.4,-28.3,29.5; ZA|LS|NA; Orange River
vaal-river; Vaal River; Vaal|the Vaal; river; -26.67; 27.93; -28.7,24.0,-26.0,30.3; ZA; Vaal River
limpopo-river; Limpopo River; the Limpopo; river; -22.22; 30.00; -25.3,26.0,-21.3,33.6; ZA|BW|ZW|MZ; Limpopo River
zambezi-river; Zambezi River; Zambesi|Zambeze|the Zambezi|River Zambezi|Zambezi river; river; -17.92; 25.85; -18.9,22.0,-11.1,36.3; ZM|AO|NA|BW|ZW|MZ; Zambezi
okavango-river; Okavango River; Cubango River|Kavango River|the Okavango|Rio Cubango; river; -17.90; 19.77; -20.0,16.0,-12.5,23.5; AO|NA|BW; Okavango River
cuanza-river; Cuanza River; Kwanza River|Rio Cuanza|Rio Kwanza; river; -9.80; 15.45; -13.0,13.1,-9.0,18.0; AO; Cuanza River
cunene-river; Cunene River; Kunene River|Rio Cunene; river; -17.40; 14.20; -17.5,11.7,-13.0,16.5; AO|NA; Kunene River
jubba-river; Jubba River; Juba River (Somalia)|Webi Jubba|Genale Doria|Genale River; river; 2.33; 42.28; -0.4,39.5,6.5,42.9; SO|ET; Jubba River
shebelle-river; Shebelle River; Shabelle River|Webi Shabeelle|Wabi Shebelle; river; 4.74; 45.20; 1.5,38.5,7.5,46.0; SO|ET; Shebelle River
omo-river; Omo River; Omo|Omo-Bottego|Omo-Gibe River; river; 6.85; 37.30; 4.5,35.7,8.5,38.0; ET; Omo River
awash-river; Awash River; Hawash; river; 8.98; 40.17; 8.4,37.9,11.8,42.0; ET; Awash River
rufiji-river; Rufiji River; Rufiji; river; -7.80; 37.85; -10.2,34.0,-7.2,39.4; TZ; Rufiji River
ogooue-river; Ogooué River; Ogowe River|Ogooue|Ogooué; river; -0.70; 10.22; -2.5,9.0,0.5,14.5; GA|CG; Ogooué River
chari-river; Chari River; Shari River|Chari|Shari; river; 9.15; 18.40; 7.0,14.5,13.0,21.0; TD|CF|CM; Chari River
kagera-river; Kagera River; Akagera River|Akagera; river; -2.38; 30.78; -3.9,29.3,-0.9,31.8; RW|TZ|BI|UG; Kagera River
draa-river; Draa River; Drâa|Oued Draa|Wadi Draa|Dra River; river; 30.33; -5.84; 28.3,-11.2,31.3,-5.0; MA|DZ; Draa River
moulouya-river; Moulouya River; Muluya|Oued Moulouya|Moulouya; river; 34.23; -3.35; 32.4,-5.3,35.15,-2.3; MA; Moulouya River
lake-victoria; Lake Victoria; Victoria Nyanza|Nalubaale|Lake Ukerewe|Victoria Lake; lake; -1.00; 33.00; -3.1,31.5,0.6,34.9; UG|KE|TZ; Lake Victoria
lake-tanganyika; Lake Tanganyika; Tanganyika Lake|Lac Tanganyika; lake; -6.50; 29.90; -8.8,29.0,-3.3,31.2; TZ|CD|BI|ZM; Lake Tanganyika
lake-malawi; Lake Malawi; Lake Nyasa|Lake Niassa|Lago Niassa|Lake Nyassa; lake; -12.00; 34.50; -14.5,33.9,-9.4,35.3; MW|MZ|TZ; Lake Malawi
lake-chad; Lake Chad; Lac Tchad|Chad Lake; lake; 13.00; 14.50; 12.3,13.2,14.2,15.3; TD|CM|NE|NG; Lake Chad
lake-turkana; Lake Turkana; Lake Rudolf|Jade Sea|Basso Naebor|Turkana Lake; lake; 3.60; 36.10; 2.4,35.8,4.7,36.7; KE|ET; Lake Turkana; LKN
lake-volta; Lake Volta; Volta Lake|Volta Reservoir|Lake Volta reservoir; lake; 7.50; -0.20; 6.2,-1.6,9.3,0.6; GH; Lake Volta; RSV
lake-albert; Lake Albert; Lake Mwitanzige|Albert Nyanza|Lac Albert; lake; 1.65; 30.90; 1.0,30.3,2.3,31.4; UG|CD; Lake Albert (Africa)
lake-kivu; Lake Kivu; Kivu Lake|Lac Kivu; lake; -2.00; 29.15; -2.5,28.85,-1.6,29.4; RW|CD; Lake Kivu
lake-edward; Lake Edward; Lake Rutanzige|Lac Édouard|Lake Idi Amin Dada; lake; -0.35; 29.60; -0.6,29.3,-0.05,29.9; UG|CD; Lake Edward
lake-kariba; Lake Kariba; Kariba Reservoir|Kariba Dam lake; lake; -17.00; 28.00; -18.1,26.7,-16.5,28.8; ZM|ZW; Lake Kariba; RSV
lake-nasser; Lake Nasser; Lake Nubia|Nasser Lake|Buhayrat Nasir|Aswan reservoir; lake; 23.00; 32.70; 21.0,30.8,24.0,33.2; EG|SD; Lake Nasser; RSV
lake-tana; Lake Tana; Tana Hayk|T'ana Hayk|Lake Tsana; lake; 12.00; 37.30; 11.6,37.0,12.3,37.6; ET; Lake Tana
lake-mweru; Lake Mweru; Mweru|Lac Moero|Lake Mweru-Luapula; lake; -9.00; 28.70; -9.6,28.3,-8.5,29.2; ZM|CD; Lake Mweru
lake-bangweulu; Lake Bangweulu; Bangweulu|Bangweulu Swamps|Bangweulu Wetlands; lake; -11.10; 29.80; -12.0,29.2,-10.8,30.6; ZM; Lake Bangweulu
lake-kyoga; Lake Kyoga; Kyoga|Lake Kioga; lake; 1.50; 33.00; 1.2,32.3,1.8,34.0; UG; Lake Kyoga
lake-natron; Lake Natron; Natron Lake; lake; -2.40; 36.05; -2.65,35.9,-2.2,36.15; TZ; Lake Natron; LKN
lake-naivasha; Lake Naivasha; Naivasha Lake; lake; -0.77; 36.35; -0.85,36.25,-0.7,36.45; KE; Lake Naivasha
lake-assal; Lake Assal; Lac Assal|Assal Lake; lake; 11.65; 42.42; 11.6,42.35,11.7,42.47; DJ; Lake Assal (Djibouti); LKN
cahora-bassa; Cahora Bassa; Lake Cahora Bassa|Cabora Bassa|Cahora Bassa reservoir; lake; -15.60; 31.50; -16.0,30.5,-15.4,32.75; MZ; Cahora Bassa; RSV
lake-mai-ndombe; Lake Mai-Ndombe; Lake Leopold II|Lac Mai-Ndombe; lake; -2.00; 18.30; -2.5,18.0,-1.4,18.7; CD; Lake Mai-Ndombe
suez-canal; Suez Canal; Qanat as-Suways|Canal de Suez|the Suez Canal; channel; 30.60; 32.33; 29.9,32.3,31.3,32.6; EG; Suez Canal; CNL
gulf-of-suez; Gulf of Suez; Gulf of Clysma|Khalij as-Suways; gulf; 29.00; 32.85; 27.7,32.3,30.0,34.3; EG; Gulf of Suez
gulf-of-guinea; Gulf of Guinea; Golfe de Guinée|Golfo de Guinea|the Gulf of Guinea; gulf; 2.00; 4.00; -3.0,-10.0,7.0,10.0; NG|GH|CI|TG|BJ|CM|GQ|GA|ST|LR; Gulf of Guinea
bight-of-benin; Bight of Benin; Bight of Benin (Gulf of Guinea)|Slave Coast bight; bay; 5.80; 2.50; 4.5,0.5,6.5,5.5; TG|BJ|NG|GH; Bight of Benin
bight-of-bonny; Bight of Bonny; Bight of Biafra|Bight of Biafra (Bonny); bay; 3.50; 8.50; 1.0,5.8,4.8,9.9; NG|CM|GQ|GA; Bight of Bonny
gulf-of-sidra; Gulf of Sidra; Gulf of Sirte|Khalij Surt|Great Syrtis|Gulf of Surt; gulf; 31.50; 18.50; 30.2,15.5,32.8,20.5; LY; Gulf of Sidra
gulf-of-gabes; Gulf of Gabès; Gulf of Gabes|Lesser Syrtis|Khalij Qabis; gulf; 34.00; 10.80; 33.3,10.0,35.0,11.8; TN; Gulf of Gabès
gulf-of-tadjoura; Gulf of Tadjoura; Golfe de Tadjourah|Gulf of Tadjourah|Gulf of Tadjura; gulf; 11.70; 43.00; 11.5,42.5,11.95,43.6; DJ; Gulf of Tadjoura
mozambique-channel; Mozambique Channel; Canal de Moçambique|Mozambique Strait|the Mozambique Channel; channel; -18.00; 41.00; -26.0,32.5,-11.0,49.5; MZ|MG|KM; Mozambique Channel
false-bay; False Bay; Valsbaai; bay; -34.20; 18.65; -34.4,18.4,-34.0,18.9; ZA; False Bay
maputo-bay; Maputo Bay; Delagoa Bay|Baía de Maputo|Baía da Lagoa; bay; -26.00; 32.80; -26.3,32.6,-25.8,33.0; MZ; Maputo Bay
cape-of-good-hope; Cape of Good Hope; Kaap die Goeie Hoop|Cabo da Boa Esperança|Cape of Storms; cape; -34.357; 18.474; -34.37,18.46,-34.34,18.49; ZA; Cape of Good Hope
cape-agulhas; Cape Agulhas; Cabo das Agulhas|Kaap Agulhas; cape; -34.830; 20.000; -34.85,19.98,-34.81,20.02; ZA; Cape Agulhas
cape-peninsula; Cape Peninsula; Kaapse Skiereiland; peninsula; -34.20; 18.45; -34.36,18.3,-33.9,18.55; ZA; Cape Peninsula
cape-guardafui; Cape Guardafui; Ras Asir|Gardafuul|Ras Caseyr|Guardafui; cape; 11.830; 51.280; 11.8,51.25,11.86,51.31; SO; Guardafui Cape
cap-bon; Cap Bon; Cape Bon|Ras at-Tib|Cap Bon peninsula; peninsula; 36.80; 10.90; 36.4,10.4,37.1,11.1; TN; Cap Bon
skeleton-coast; Skeleton Coast; the Skeleton Coast; region; -20.00; 13.30; -21.5,11.8,-17.3,14.0; NA; Skeleton Coast
swahili-coast; Swahili Coast; the Swahili Coast|Zanj coast; region; -6.85; 39.15; -12.0,38.5,2.0,41.5; KE|TZ|MZ|SO; Swahili coast
zanzibar-archipelago; Zanzibar Archipelago; Zanzibar Islands|Spice Islands (Zanzibar)|Unguja|Zanzibar Island; archipelago; -6.10; 39.35; -6.5,39.15,-4.85,39.9; TZ; Zanzibar Archipelago
bioko; Bioko; Bioko Island|Fernando Pó|Fernando Po; island; 3.50; 8.70; 3.2,8.4,3.8,8.97; GQ; Bioko
bijagos-islands; Bijagós Islands; Bijagos Archipelago|Arquipélago dos Bijagós|Bissagos Islands; archipelago; 11.20; -16.00; 10.8,-16.5,11.6,-15.5; GW; Bissagos Islands
dahlak-archipelago; Dahlak Archipelago; Dahlak Islands|Dahlak; archipelago; 15.70; 40.10; 15.4,39.6,16.2,40.5; ER; Dahlak Archipelago
casamance; Casamance; the Casamance|Casamance region; region; 12.90; -15.20; 12.3,-16.8,13.1,-14.2; SN; Casamance
cyrenaica; Cyrenaica; Barqa|Cyrenaica region|eastern Libya region; region; 31.00; 22.00; 20.0,17.0,33.0,25.2; LY; Cyrenaica
tripolitania; Tripolitania; Tripolitania region|western Libya region; region; 31.00; 13.00; 29.0,9.4,33.2,19.0; LY; Tripolitania
fezzan; Fezzan; Fazzan|Phazania|Fezzan region; region; 26.00; 14.00; 22.0,9.0,30.0,19.0; LY; Fezzan
azawad; Azawad; Azawagh region|Azawad region; region; 19.00; -1.00; 15.0,-6.5,25.0,4.3; ML; Azawad
liptako-gourma; Liptako-Gourma; Liptako Gourma|Liptako-Gourma region|Three Borders area|tri-border area (Sahel); region; 14.60; 0.00; 12.5,-3.5,16.5,3.5; ML|BF|NE; Liptako-Gourma
""")
# ---------------------------------------------------------------------------
# NORTH AMERICA (incl. Central America, the Caribbean and Greenland)
# ---------------------------------------------------------------------------
DATA.append(r"""
@NA
rocky-mountains; Rocky Mountains; Rockies|the Rockies|Rocky Mountain range|the Rocky Mountains; mountain_range; 43.00; -109.70; 33.0,-128.0,60.0,-104.5; US|CA; Rocky Mountains
appalachian-mountains; Appalachian Mountains; Appalachians|the Appalachians|Appalachian range|Appalachian chain; mountain_range; 38.50; -80.00; 33.5,-88.0,49.5,-56.0; US|CA; Appalachian Mountains
sierra-nevada; Sierra Nevada; the Sierra Nevada|High Sierra|the Sierra|Sierra Nevada range|Sierra Nevada (U.S.); mountain_range; 37.50; -119.00; 35.0,-121.5,40.5,-117.8; US; Sierra Nevada
cascade-range; Cascade Range; Cascades|the Cascades|Cascade Mountains; mountain_range; 45.50; -121.80; 40.3,-123.0,51.0,-120.0; US|CA; Cascade Range
coast-mountains; Coast Mountains; Coast Range (British Columbia)|Coastal Mountains of BC; mountain_range; 53.50; -127.50; 49.0,-135.5,60.5,-121.0; CA|US; Coast Mountains
alaska-range; Alaska Range; the Alaska Range; mountain_range; 63.00; -150.00; 60.5,-156.5,64.0,-141.0; US; Alaska Range
brooks-range; Brooks Range; the Brooks Range; mountain_range; 68.00; -152.00; 67.0,-163.0,69.5,-141.0; US|CA; Brooks Range
chugach-mountains; Chugach Mountains; Chugach Range|the Chugach; mountain_range; 61.30; -146.00; 60.0,-150.5,62.0,-141.0; US; Chugach Mountains
saint-elias-mountains; Saint Elias Mountains; St. Elias Mountains|St Elias Mountains|St. Elias Range; mountain_range; 60.50; -139.50; 59.0,-141.5,61.5,-136.5; US|CA; Saint Elias Mountains
mackenzie-mountains; Mackenzie Mountains; Mackenzie range; mountain_range; 64.00; -130.00; 61.0,-135.0,66.5,-125.0; CA; Mackenzie Mountains
wasatch-range; Wasatch Range; Wasatch Mountains|the Wasatch|Wasatch Front range; mountain_range; 40.60; -111.60; 39.3,-112.0,42.0,-111.2; US; Wasatch Range
teton-range; Teton Range; Tetons|the Tetons|Grand Tetons|Teton Mountains; mountain_range; 43.75; -110.80; 43.45,-111.05,44.1,-110.7; US; Teton Range
sangre-de-cristo-mountains; Sangre de Cristo Mountains; Sangre de Cristo Range|Sangres; mountain_range; 37.00; -105.30; 35.4,-106.0,38.5,-104.8; US; Sangre de Cristo Mountains
san-juan-mountains; San Juan Mountains; San Juans|San Juan range; mountain_range; 37.80; -107.60; 37.0,-108.3,38.4,-106.3; US; San Juan Mountains
black-hills; Black Hills; the Black Hills|Ȟe Sápa|Paha Sapa; mountain_range; 44.00; -103.75; 43.4,-104.4,44.7,-103.2; US; Black Hills; HLLS
ozarks; Ozarks; Ozark Mountains|Ozark Plateau|the Ozarks|Ozark Highlands; plateau; 37.00; -92.50; 35.0,-95.5,38.8,-89.5; US; Ozarks
ouachita-mountains; Ouachita Mountains; Ouachitas|the Ouachitas; mountain_range; 34.60; -94.00; 34.0,-96.5,35.2,-92.5; US; Ouachita Mountains
adirondack-mountains; Adirondack Mountains; Adirondacks|the Adirondacks|Adirondack Park; mountain_range; 44.10; -74.20; 43.3,-75.3,44.8,-73.4; US; Adirondack Mountains
green-mountains; Green Mountains; the Green Mountains|Green Mountains of Vermont; mountain_range; 43.90; -72.80; 42.7,-73.3,45.0,-72.4; US; Green Mountains
blue-ridge-mountains; Blue Ridge Mountains; Blue Ridge|the Blue Ridge|Blue Ridge range; mountain_range; 37.00; -80.40; 34.5,-84.5,40.0,-77.0; US; Blue Ridge Mountains
great-smoky-mountains; Great Smoky Mountains; Smokies|the Smokies|Great Smokies|Smoky Mountains; mountain_range; 35.60; -83.50; 35.3,-84.1,35.85,-83.0; US; Great Smoky Mountains
olympic-mountains; Olympic Mountains; Olympics (mountains); mountain_range; 47.80; -123.60; 47.4,-124.2,48.1,-123.1; US; Olympic Mountains
laurentian-mountains; Laurentian Mountains; Laurentians|the Laurentians|Laurentides|Les Laurentides; mountain_range; 46.50; -74.50; 45.8,-76.0,48.0,-70.0; CA; Laurentian Mountains
sierra-madre-occidental; Sierra Madre Occidental; Western Sierra Madre; mountain_range; 26.00; -106.50; 21.0,-109.5,31.5,-103.5; MX; Sierra Madre Occidental
sierra-madre-oriental; Sierra Madre Oriental; Eastern Sierra Madre; mountain_range; 24.00; -99.80; 18.5,-101.5,29.5,-97.5; MX; Sierra Madre Oriental
sierra-madre-del-sur; Sierra Madre del Sur; Southern Sierra Madre; mountain_range; 17.50; -99.50; 15.8,-104.0,18.8,-95.5; MX; Sierra Madre del Sur
trans-mexican-volcanic-belt; Trans-Mexican Volcanic Belt; Eje Volcánico Transversal|Neovolcanic Axis|Sierra Nevada (Mexico)|Trans-Mexican Volcanic Axis; mountain_range; 19.30; -100.00; 18.5,-105.5,20.5,-96.0; MX; Trans-Mexican Volcanic Belt
sierra-maestra; Sierra Maestra; the Sierra Maestra; mountain_range; 20.00; -76.80; 19.85,-77.7,20.35,-75.6; CU; Sierra Maestra
cordillera-de-talamanca; Cordillera de Talamanca; Talamanca Range|Talamanca Mountains; mountain_range; 9.30; -83.30; 8.6,-84.0,9.9,-82.3; CR|PA; Cordillera de Talamanca
denali; Denali; Mount McKinley|Mt. McKinley|Mount Denali|Mt McKinley|Bolshaya Gora; mountain; 63.069; -151.007; 63.0,-151.1,63.12,-150.9; US; Denali
mount-logan; Mount Logan; Mt Logan|Mt. Logan; mountain; 60.567; -140.405; 60.52,-140.5,60.61,-140.3; CA; Mount Logan
mount-saint-elias; Mount Saint Elias; Mount St. Elias|Mt. Saint Elias|Boundary Peak 186; mountain; 60.292; -140.931; 60.25,-141.0,60.33,-140.86; US|CA; Mount Saint Elias
pico-de-orizaba; Pico de Orizaba; Citlaltépetl|Citlaltepetl|Orizaba volcano|Volcán Pico de Orizaba; mountain; 19.030; -97.269; 19.0,-97.3,19.06,-97.24; MX; Pico de Orizaba; VLC
popocatepetl; Popocatépetl; Popocatepetl|El Popo|Don Goyo; mountain; 19.022; -98.628; 18.99,-98.66,19.05,-98.6; MX; Popocatépetl; VLC
iztaccihuatl; Iztaccíhuatl; Iztaccihuatl|Izta|Mujer Dormida|Sleeping Woman; mountain; 19.179; -98.642; 19.13,-98.67,19.22,-98.61; MX; Iztaccíhuatl; VLC
paricutin; Parícutin; Paricutin|Volcán de Parícutin; mountain; 19.493; -102.251; 19.47,-102.28,19.52,-102.22; MX; Parícutin; VLC
mount-whitney; Mount Whitney; Mt. Whitney|Tumanguya; mountain; 36.578; -118.292; 36.55,-118.32,36.6,-118.26; US; Mount Whitney
mount-elbert; Mount Elbert; Mt. Elbert; mountain; 39.118; -106.445; 39.09,-106.47,39.14,-106.42; US; Mount Elbert
mount-rainier; Mount Rainier; Mt. Rainier|Tahoma|Tacoma (mountain)|Mount Tahoma; mountain; 46.853; -121.760; 46.8,-121.82,46.9,-121.7; US; Mount Rainier; VLC
mount-st-helens; Mount St. Helens; Mount Saint Helens|Mt. St. Helens|Mt St Helens|Louwala-Clough|Lawetlat'la; mountain; 46.191; -122.194; 46.15,-122.24,46.23,-122.15; US; Mount St. Helens; VLC
mount-hood; Mount Hood; Mt. Hood|Wy'east; mountain; 45.374; -121.696; 45.34,-121.74,45.41,-121.65; US; Mount Hood; VLC
mount-shasta; Mount Shasta; Mt. Shasta|Úytaahkoo; mountain; 41.409; -122.195; 41.37,-122.24,41.45,-122.15; US; Mount Shasta; VLC
pikes-peak; Pikes Peak; Pike's Peak|America's Mountain; mountain; 38.841; -105.044; 38.81,-105.08,38.87,-105.01; US; Pikes Peak
mount-washington; Mount Washington; Mt. Washington (New Hampshire)|Agiocochook; mountain; 44.270; -71.303; 44.25,-71.33,44.29,-71.28; US; Mount Washington
grand-teton; Grand Teton; Grand Teton peak; mountain; 43.741; -110.802; 43.72,-110.83,43.76,-110.78; US; Grand Teton
tajumulco; Tajumulco; Volcán Tajumulco|Tajumulco volcano; mountain; 15.043; -91.903; 15.02,-91.93,15.07,-91.88; GT; Tajumulco volcano; VLC
volcan-de-fuego; Volcán de Fuego; Fuego volcano|Volcano of Fire|Chi Q'aq'; mountain; 14.473; -90.880; 14.44,-90.91,14.5,-90.85; GT; Volcán de Fuego; VLC
mount-pelee; Mount Pelée; Montagne Pelée|Mont Pelée|Mount Pelee; mountain; 14.809; -61.165; 14.78,-61.19,14.84,-61.14; FR; Mount Pelée; VLC
soufriere-hills; Soufrière Hills; Soufriere Hills|Soufrière Hills volcano|Chances Peak; mountain; 16.720; -62.180; 16.69,-62.21,16.75,-62.15; MS; Soufrière Hills; VLC
mississippi-river; Mississippi River; the Mississippi|Mighty Mississippi|Old Man River|the Mississippi River|River Mississippi; river; 38.63; -90.18; 29.0,-95.5,47.3,-89.0; US; Mississippi River
missouri-river; Missouri River; the Missouri|Big Muddy|Mighty Mo|the Missouri River; river; 44.37; -100.35; 38.8,-114.0,48.2,-90.1; US; Missouri River
ohio-river; Ohio River; the Ohio|La Belle Rivière|the Ohio River; river; 39.10; -84.51; 36.9,-89.2,40.7,-79.9; US; Ohio River
tennessee-river; Tennessee River; the Tennessee River|Tennessee river; river; 35.05; -85.31; 34.4,-88.5,37.1,-83.8; US; Tennessee River
arkansas-river; Arkansas River; the Arkansas River; river; 36.14; -96.00; 33.7,-106.5,39.3,-91.0; US; Arkansas River
red-river-of-the-south; Red River of the South; Red River (Texas–Oklahoma)|Red River (Mississippi watershed)|Texas Red River; river; 33.83; -96.56; 31.0,-103.0,35.0,-91.6; US; Red River of the South
red-river-of-the-north; Red River of the North; Red River (Manitoba)|Red River of the North (Minnesota–North Dakota); river; 46.88; -96.78; 45.9,-97.5,50.6,-96.5; US|CA; Red River of the North
rio-grande; Rio Grande; Río Bravo|Río Bravo del Norte|Rio Bravo|the Rio Grande|Río Grande|Rio Grande River; river; 31.76; -106.45; 25.8,-107.6,38.0,-97.1; US|MX; Rio Grande
colorado-river; Colorado River; the Colorado|Río Colorado|the Colorado River|Colorado River (U.S.); river; 36.10; -112.09; 31.7,-116.0,40.5,-105.6; US|MX; Colorado River
columbia-river; Columbia River; the Columbia|the Columbia River|Wimahl|Big River (Columbia); river; 47.42; -120.31; 45.5,-124.1,52.3,-115.6; CA|US; Columbia River
snake-river; Snake River; the Snake River; river; 42.60; -114.45; 42.3,-119.1,46.5,-110.3; US; Snake River
yukon-river; Yukon River; the Yukon River|Kwiguk|Yukon river; river; 66.56; -145.25; 59.5,-165.0,66.9,-130.5; CA|US; Yukon River
mackenzie-river; Mackenzie River; Deh Cho|Dehcho|the Mackenzie|the Mackenzie River|Kuukpak; river; 65.28; -126.83; 61.0,-136.0,69.5,-116.0; CA; Mackenzie River
nelson-river; Nelson River; the Nelson River; river; 56.35; -94.70; 53.8,-98.0,57.1,-92.4; CA; Nelson River
saint-lawrence-river; Saint Lawrence River; St. Lawrence River|St Lawrence River|Fleuve Saint-Laurent|the St. Lawrence|Saint-Laurent|the Saint Lawrence; river; 46.35; -72.54; 43.9,-77.0,50.3,-59.5; CA|US; Saint Lawrence River
fraser-river; Fraser River; the Fraser|the Fraser River; river; 53.92; -122.75; 49.0,-123.3,54.5,-118.4; CA; Fraser River
saskatchewan-river; Saskatchewan River; the Saskatchewan River|North Saskatchewan River|South Saskatchewan River; river; 53.82; -101.25; 49.5,-117.0,54.0,-99.0; CA; Saskatchewan River
athabasca-river; Athabasca River; the Athabasca River; river; 56.73; -111.38; 52.2,-118.5,58.7,-110.8; CA; Athabasca River
peace-river; Peace River; Unchaga|the Peace River; river; 56.24; -117.29; 55.5,-124.5,59.2,-111.3; CA; Peace River
ottawa-river; Ottawa River; Rivière des Outaouais|Kichi Sibi|the Ottawa River|Grand River (Ottawa); river; 45.43; -75.70; 45.4,-79.5,48.0,-74.0; CA; Ottawa River
hudson-river; Hudson River; the Hudson|the Hudson River|North River|Muhheakantuck; river; 41.70; -73.94; 40.6,-74.3,44.1,-73.6; US; Hudson River
potomac-river; Potomac River; the Potomac|the Potomac River|Patawomeck; river; 39.32; -77.73; 37.9,-79.5,39.7,-76.2; US; Potomac River
susquehanna-river; Susquehanna River; the Susquehanna|Susquehanna; river; 40.26; -76.89; 39.5,-77.9,42.8,-74.8; US; Susquehanna River
delaware-river; Delaware River; the Delaware River|Lenape Wihittuck; river; 40.21; -74.77; 38.8,-75.7,42.5,-74.4; US; Delaware River
sacramento-river; Sacramento River; the Sacramento River; river; 40.59; -122.39; 38.0,-122.6,41.4,-121.5; US; Sacramento River
gila-river; Gila River; the Gila River|Gila; river; 33.03; -111.38; 32.4,-114.8,33.4,-107.7; US; Gila River
pecos-river; Pecos River; the Pecos|the Pecos River|Río Pecos; river; 32.42; -104.23; 29.7,-105.8,35.9,-101.2; US; Pecos River
brazos-river; Brazos River; the Brazos|Río de los Brazos de Dios; river; 31.55; -97.13; 28.8,-103.5,34.2,-95.2; US; Brazos River
platte-river; Platte River; the Platte|the Platte River; river; 40.66; -99.08; 40.5,-100.9,41.4,-95.8; US; Platte River
green-river; Green River; the Green River|Seeds-kee-dee; river; 38.99; -110.16; 37.9,-111.2,43.3,-108.5; US; Green River (Colorado River tributary)
usumacinta-river; Usumacinta River; Río Usumacinta|Usumacinta; river; 16.90; -90.96; 15.0,-92.7,18.6,-90.3; MX|GT; Usumacinta River
great-lakes; Great Lakes; the Great Lakes|Laurentian Great Lakes|Great Lakes region|the Great Lakes region|Great Lakes of North America; lake; 45.00; -84.00; 41.3,-92.2,49.0,-76.0; US|CA; Great Lakes; LKS
lake-superior; Lake Superior; Gichigami|Lac Supérieur; lake; 47.70; -87.50; 46.4,-92.2,49.0,-84.3; US|CA; Lake Superior
lake-huron; Lake Huron; Lac Huron; lake; 44.80; -82.40; 43.0,-84.8,46.4,-79.7; US|CA; Lake Huron
lake-michigan; Lake Michigan; Michigami; lake; 44.00; -87.00; 41.6,-88.1,46.1,-84.7; US; Lake Michigan
lake-erie; Lake Erie; Lac Érié; lake; 42.20; -81.20; 41.35,-83.5,42.9,-78.85; US|CA; Lake Erie
lake-ontario; Lake Ontario; Lac Ontario; lake; 43.70; -77.90; 43.15,-79.85,44.3,-76.05; US|CA; Lake Ontario
great-bear-lake; Great Bear Lake; Grand lac de l'Ours; lake; 66.00; -121.00; 64.8,-125.0,67.1,-117.5; CA; Great Bear Lake
great-slave-lake; Great Slave Lake; Tu Nedhé|Grand lac des Esclaves; lake; 61.50; -114.00; 60.8,-117.0,62.9,-108.8; CA; Great Slave Lake
lake-winnipeg; Lake Winnipeg; Lac Winnipeg; lake; 52.50; -97.80; 50.4,-99.3,53.9,-96.2; CA; Lake Winnipeg
lake-winnipegosis; Lake Winnipegosis; Winnipegosis Lake; lake; 52.50; -100.00; 51.7,-100.6,53.2,-99.3; CA; Lake Winnipegosis
lake-manitoba; Lake Manitoba; Lac Manitoba; lake; 51.00; -98.80; 50.1,-99.4,51.9,-98.0; CA; Lake Manitoba
lake-athabasca; Lake Athabasca; Lac Athabasca; lake; 59.20; -109.00; 58.4,-111.4,59.6,-105.8; CA; Lake Athabasca
reindeer-lake; Reindeer Lake; Lac du Renne; lake; 57.30; -102.30; 56.3,-103.2,58.3,-101.5; CA; Reindeer Lake
lake-nipigon; Lake Nipigon; Nipigon Lake; lake; 49.80; -88.50; 49.4,-89.0,50.3,-88.1; CA; Lake Nipigon
nettilling-lake; Nettilling Lake; Nettilling; lake; 66.50; -70.50; 66.0,-73.0,67.0,-68.5; CA; Nettilling Lake
lake-of-the-woods; Lake of the Woods; Lac des Bois; lake; 49.30; -94.80; 48.9,-95.35,49.85,-94.3; US|CA; Lake of the Woods
lake-champlain; Lake Champlain; Lac Champlain; lake; 44.55; -73.33; 43.55,-73.45,45.1,-73.05; US|CA; Lake Champlain
great-salt-lake; Great Salt Lake; the Great Salt Lake; lake; 41.10; -112.50; 40.7,-113.1,41.7,-112.0; US; Great Salt Lake; LKN
lake-okeechobee; Lake Okeechobee; Lake O; lake; 26.95; -80.80; 26.7,-81.1,27.2,-80.6; US; Lake Okeechobee
lake-tahoe; Lake Tahoe; Tahoe|Lake Bigler|Da ow a ga; lake; 39.10; -120.04; 38.93,-120.15,39.25,-119.92; US; Lake Tahoe
lake-mead; Lake Mead; Mead Lake|Lake Mead reservoir; lake; 36.10; -114.50; 35.9,-114.8,36.55,-113.9; US; Lake Mead; RSV
lake-powell; Lake Powell; Lake Powell reservoir; lake; 37.10; -111.10; 36.9,-111.6,38.0,-110.3; US; Lake Powell; RSV
salton-sea; Salton Sea; the Salton Sea|Salton Sink lake; lake; 33.30; -115.85; 33.1,-116.1,33.55,-115.55; US; Salton Sea; LKN
lake-pontchartrain; Lake Pontchartrain; Okwata; lake; 30.20; -90.10; 30.0,-90.5,30.35,-89.75; US; Lake Pontchartrain; LGN
crater-lake; Crater Lake; Giiwas; lake; 42.94; -122.10; 42.9,-122.17,42.98,-122.04; US; Crater Lake; LKC
lake-chapala; Lake Chapala; Lago de Chapala|Chapala Lake; lake; 20.20; -103.00; 20.1,-103.45,20.35,-102.7; MX; Lake Chapala
lake-nicaragua; Lake Nicaragua; Cocibolca|Lago de Nicaragua|Lake Cocibolca|Mar Dulce; lake; 11.60; -85.40; 10.9,-86.0,12.2,-84.75; NI; Lake Nicaragua
lake-managua; Lake Managua; Xolotlán|Lago de Managua|Lake Xolotlán; lake; 12.30; -86.35; 12.1,-86.7,12.5,-86.05; NI; Lake Managua
lake-atitlan; Lake Atitlán; Lago de Atitlán|Lake Atitlan|Atitlán; lake; 14.70; -91.20; 14.62,-91.3,14.77,-91.1; GT; Lake Atitlán
chihuahuan-desert; Chihuahuan Desert; Desierto de Chihuahua|the Chihuahuan Desert; desert; 29.00; -104.50; 22.0,-108.5,34.0,-101.0; MX|US; Chihuahuan Desert
sonoran-desert; Sonoran Desert; Desierto de Sonora|the Sonoran Desert|Gila Desert; desert; 31.00; -112.50; 26.0,-117.0,35.0,-108.5; US|MX; Sonoran Desert
mojave-desert; Mojave Desert; Mohave Desert|the Mojave|the Mojave Desert|Hayikwiir Mat'aar; desert; 35.00; -116.00; 33.7,-118.5,37.5,-113.5; US; Mojave Desert
great-basin-desert; Great Basin Desert; the Great Basin Desert; desert; 40.00; -117.00; 36.0,-120.5,43.5,-111.5; US; Great Basin Desert
painted-desert; Painted Desert; the Painted Desert; desert; 35.85; -110.90; 35.0,-112.0,36.5,-109.5; US; Painted Desert (Arizona)
black-rock-desert; Black Rock Desert; Black Rock playa; desert; 40.80; -119.10; 40.5,-119.5,41.3,-118.7; US; Black Rock Desert
gulf-of-mexico; Gulf of Mexico; Golfo de México|Gulf of America|the Gulf of Mexico|Mexican Gulf; gulf; 25.00; -90.00; 18.0,-98.0,30.8,-80.5; US|MX|CU; Gulf of Mexico
bay-of-campeche; Bay of Campeche; Bahía de Campeche|Gulf of Campeche|Campeche Bay; bay; 20.00; -94.00; 18.2,-97.5,21.5,-90.5; MX; Bay of Campeche
gulf-of-tehuantepec; Gulf of Tehuantepec; Golfo de Tehuantepec; gulf; 15.50; -95.00; 14.5,-96.5,16.3,-93.0; MX; Gulf of Tehuantepec
caribbean-sea; Caribbean Sea; Mar Caribe|Antilles Sea|Sea of the Antilles|Caribbean sea; sea; 15.00; -75.00; 9.0,-89.0,22.0,-59.5; CU|JM|HT|DO|PR|VE|CO|PA|CR|NI|HN|GT|BZ|MX; Caribbean Sea
caribbean; Caribbean; the Caribbean|West Indies|the West Indies|Caribbean region|Caribbean islands|Antilles; region; 18.50; -72.30; 10.0,-85.0,27.5,-59.4; CU|HT|DO|JM|PR|BS|TT|BB|LC|VC|GD|AG|KN|DM; Caribbean
greater-antilles; Greater Antilles; the Greater Antilles|Antillas Mayores; archipelago; 20.50; -76.50; 17.6,-85.0,23.3,-65.2; CU|HT|DO|JM|PR|KY; Greater Antilles
lesser-antilles; Lesser Antilles; the Lesser Antilles|Caribbees|Antillas Menores|Petites Antilles; archipelago; 15.00; -61.30; 10.0,-69.0,18.8,-59.4; AG|KN|DM|LC|VC|GD|BB|TT|MS|AI|VG|VI|FR|NL|AW|CW; Lesser Antilles
hispaniola; Hispaniola; La Española|Quisqueya|Ayiti|Haiti (island); island; 19.00; -71.00; 17.5,-74.5,20.0,-68.3; HT|DO; Hispaniola
straits-of-florida; Straits of Florida; Florida Straits|Florida Strait|Strait of Florida; strait; 24.00; -81.00; 22.8,-83.5,26.5,-79.0; US|CU|BS; Straits of Florida
yucatan-channel; Yucatán Channel; Yucatan Channel|Canal de Yucatán|Yucatan Strait; strait; 21.60; -85.80; 21.2,-86.8,22.0,-84.9; MX|CU; Yucatán Channel
windward-passage; Windward Passage; Paso de los Vientos|Passage du Vent; strait; 20.00; -73.80; 19.7,-74.5,20.3,-73.3; CU|HT; Windward Passage
mona-passage; Mona Passage; Canal de la Mona|Mona Strait; strait; 18.30; -67.80; 17.8,-68.3,18.7,-67.2; PR|DO; Mona Passage
gulf-of-honduras; Gulf of Honduras; Golfo de Honduras|Bay of Honduras; gulf; 16.20; -88.20; 15.6,-88.8,16.7,-87.6; BZ|GT|HN; Gulf of Honduras
gulf-of-fonseca; Gulf of Fonseca; Golfo de Fonseca|Fonseca Bay; gulf; 13.20; -87.60; 12.9,-87.95,13.45,-87.35; SV|HN|NI; Gulf of Fonseca
gulf-of-panama; Gulf of Panama; Golfo de Panamá|Bay of Panama; gulf; 8.30; -79.30; 7.2,-80.5,9.0,-78.0; PA; Gulf of Panama
panama-canal; Panama Canal; Canal de Panamá|the Panama Canal; channel; 9.08; -79.68; 8.88,-79.95,9.38,-79.55; PA; Panama Canal; CNL
isthmus-of-panama; Isthmus of Panama; Isthmus of Darien|Istmo de Panamá; region; 9.00; -79.60; 7.2,-83.0,9.6,-77.2; PA; Isthmus of Panama; ISTH
isthmus-of-tehuantepec; Isthmus of Tehuantepec; Istmo de Tehuantepec; region; 17.00; -94.80; 15.9,-96.2,18.2,-93.8; MX; Isthmus of Tehuantepec; ISTH
darien-gap; Darién Gap; Darien Gap|Tapón del Darién|the Darién Gap|the Darien Gap|Darién jungle; region; 7.90; -77.50; 7.2,-78.4,8.7,-76.8; PA|CO; Darién Gap
mosquito-coast; Mosquito Coast; Miskito Coast|La Mosquitia|Mosquitia|Mosquitia region; region; 14.50; -84.00; 11.8,-85.5,16.0,-83.1; NI|HN; Mosquito Coast
central-america; Central America; Centroamérica|Central American isthmus|América Central; region; 13.50; -86.50; 7.2,-92.3,18.5,-77.2; GT|BZ|SV|HN|NI|CR|PA; Central America
mesoamerica; Mesoamerica; Mesoamérica|Middle America (cultural area); region; 17.50; -92.00; 10.0,-105.0,23.0,-83.5; MX|GT|BZ|SV|HN|NI|CR; Mesoamerica
yucatan-peninsula; Yucatán Peninsula; Yucatan Peninsula|Península de Yucatán|the Yucatán|the Yucatan; peninsula; 19.50; -89.00; 15.8,-92.5,21.7,-86.7; MX|GT|BZ; Yucatán Peninsula
baja-california-peninsula; Baja California Peninsula; Baja|Baja peninsula|Lower California|Península de Baja California; peninsula; 28.00; -113.50; 22.87,-117.1,32.7,-109.4; MX; Baja California peninsula
mexican-plateau; Mexican Plateau; Mexican Altiplano|Altiplanicie Mexicana|Central Mexican Plateau|Mesa Central; plateau; 24.00; -102.00; 19.0,-107.0,31.5,-98.5; MX; Mexican Plateau
el-bajio; Bajío; El Bajío|the Bajío|Bajio; region; 21.00; -101.00; 20.0,-102.5,21.8,-99.8; MX; Bajío
valley-of-mexico; Valley of Mexico; Basin of Mexico|Anáhuac|Mexico Valley|Valle de México; valley; 19.60; -99.00; 19.0,-99.5,20.2,-98.5; MX; Valley of Mexico
copper-canyon; Copper Canyon; Barranca del Cobre|Barrancas del Cobre|Copper Canyons; canyon; 27.50; -107.80; 26.8,-108.3,28.2,-107.3; MX; Copper Canyon
sumidero-canyon; Sumidero Canyon; Cañón del Sumidero|Sumidero; canyon; 16.85; -93.08; 16.78,-93.12,16.93,-93.0; MX; Sumidero Canyon
hudson-bay; Hudson Bay; Baie d'Hudson|Hudson's Bay|Tasiujarjuaq; bay; 60.00; -86.00; 51.0,-95.0,64.0,-76.5; CA; Hudson Bay
james-bay; James Bay; Baie James|Wiinipaakw; bay; 53.00; -80.50; 51.0,-82.5,55.0,-78.5; CA; James Bay
foxe-basin; Foxe Basin; Bassin de Foxe; sea; 66.50; -79.50; 64.0,-85.0,71.0,-72.0; CA; Foxe Basin
ungava-bay; Ungava Bay; Baie d'Ungava; bay; 59.50; -67.50; 58.0,-70.0,60.5,-64.5; CA; Ungava Bay
hudson-strait; Hudson Strait; Détroit d'Hudson; strait; 62.00; -71.50; 60.5,-78.5,64.0,-64.5; CA; Hudson Strait
davis-strait; Davis Strait; Détroit de Davis; strait; 66.50; -58.00; 63.0,-64.0,70.0,-52.0; CA|GL; Davis Strait
baffin-bay; Baffin Bay; Baie de Baffin|Avannaata Imaa; bay; 73.00; -66.00; 67.0,-80.0,78.5,-52.0; CA|GL; Baffin Bay
labrador-sea; Labrador Sea; Mer du Labrador; sea; 58.00; -55.00; 52.0,-64.0,66.0,-43.0; CA|GL; Labrador Sea
beaufort-sea; Beaufort Sea; Mer de Beaufort; sea; 72.00; -140.00; 69.0,-156.5,76.0,-124.0; US|CA; Beaufort Sea
northwest-passage; Northwest Passage; Northwest Passages|the Northwest Passage|NW Passage|Passage du Nord-Ouest; channel; 74.30; -95.00; 68.0,-130.0,76.0,-60.0; CA|GL; Northwest Passage
gulf-of-saint-lawrence; Gulf of Saint Lawrence; Gulf of St. Lawrence|Golfe du Saint-Laurent|Gulf of St Lawrence; gulf; 48.00; -62.00; 45.6,-66.5,51.6,-56.5; CA; Gulf of Saint Lawrence
bay-of-fundy; Bay of Fundy; Baie de Fundy; bay; 45.00; -65.80; 43.6,-67.0,45.9,-63.3; CA; Bay of Fundy
gulf-of-maine; Gulf of Maine; Golfe du Maine; gulf; 43.00; -68.50; 41.0,-71.0,45.2,-64.5; US|CA; Gulf of Maine
chesapeake-bay; Chesapeake Bay; the Chesapeake|the Chesapeake Bay; bay; 38.00; -76.20; 36.9,-77.3,39.6,-75.9; US; Chesapeake Bay
delaware-bay; Delaware Bay; the Delaware Bay; bay; 39.05; -75.15; 38.78,-75.55,39.45,-74.85; US; Delaware Bay
long-island-sound; Long Island Sound; the Sound (Long Island); bay; 41.10; -72.90; 40.8,-73.8,41.35,-71.85; US; Long Island Sound; SD
pamlico-sound; Pamlico Sound; the Pamlico Sound; bay; 35.30; -75.90; 34.95,-76.5,35.85,-75.5; US; Pamlico Sound; SD
tampa-bay; Tampa Bay; the Tampa Bay; bay; 27.75; -82.55; 27.5,-82.8,28.05,-82.4; US; Tampa Bay
mobile-bay; Mobile Bay; the Mobile Bay; bay; 30.45; -88.00; 30.2,-88.15,30.75,-87.75; US; Mobile Bay
puget-sound; Puget Sound; the Puget Sound|Whulge; bay; 47.60; -122.45; 47.05,-123.15,48.2,-122.2; US; Puget Sound; SD
san-francisco-bay; San Francisco Bay; SF Bay|San Francisco Bay estuary; bay; 37.65; -122.25; 37.4,-122.5,38.15,-121.95; US; San Francisco Bay
strait-of-juan-de-fuca; Strait of Juan de Fuca; Juan de Fuca Strait|Salish Sea entrance; strait; 48.25; -123.60; 48.0,-124.8,48.5,-122.75; US|CA; Strait of Juan de Fuca
strait-of-georgia; Strait of Georgia; Gulf of Georgia|Georgia Strait|Salish Sea (Strait of Georgia); strait; 49.30; -123.60; 48.8,-125.3,50.1,-122.9; CA; Strait of Georgia
cook-inlet; Cook Inlet; Tikahtnu; bay; 60.50; -151.80; 59.0,-154.0,61.3,-149.8; US; Cook Inlet; INLT
prince-william-sound; Prince William Sound; Chugach Sound; bay; 60.70; -147.00; 59.9,-148.7,61.2,-145.7; US; Prince William Sound; SD
bristol-bay; Bristol Bay; the Bristol Bay; bay; 58.00; -159.00; 56.5,-162.5,59.0,-156.5; US; Bristol Bay
norton-sound; Norton Sound; the Norton Sound; bay; 64.00; -163.00; 63.3,-166.2,64.8,-160.8; US; Norton Sound; SD
gulf-of-alaska; Gulf of Alaska; Golfe d'Alaska; gulf; 57.00; -145.00; 54.0,-160.0,61.2,-132.0; US|CA; Gulf of Alaska
gulf-of-california; Gulf of California; Sea of Cortez|Sea of Cortés|Mar de Cortés|Vermilion Sea|Golfo de California; gulf; 27.00; -111.00; 22.9,-115.0,31.8,-107.0; MX; Gulf of California
baffin-island; Baffin Island; Baffin|Qikiqtaaluk Island|Baffin Land; island; 68.50; -71.50; 61.8,-90.5,73.8,-61.0; CA; Baffin Island
victoria-island; Victoria Island; Kitlineq|Victoria Island (Canada); island; 71.00; -110.00; 68.4,-119.2,73.9,-100.7; CA; Victoria Island (Canada)
ellesmere-island; Ellesmere Island; Umingmak Nuna|Ellesmere; island; 79.50; -80.00; 76.2,-90.6,83.1,-61.0; CA; Ellesmere Island
devon-island; Devon Island; Tallurutiup Tuqqutaa; island; 75.20; -87.00; 74.4,-96.8,76.8,-79.5; CA; Devon Island
banks-island; Banks Island; Banksland; island; 72.80; -121.50; 71.0,-125.9,74.6,-115.0; CA; Banks Island
southampton-island; Southampton Island; Shugliaq; island; 64.50; -84.50; 61.8,-88.0,66.0,-80.0; CA; Southampton Island
canadian-arctic-archipelago; Canadian Arctic Archipelago; Arctic Archipelago|Canadian Arctic islands|Arctic Islands (Canada); archipelago; 74.00; -95.00; 61.8,-125.9,83.1,-61.0; CA; Canadian Arctic Archipelago
newfoundland; Newfoundland; Island of Newfoundland|Newfoundland island|Ktaqmkuk|Terre-Neuve; island; 48.80; -56.20; 46.6,-59.5,51.7,-52.6; CA; Newfoundland (island)
cape-breton-island; Cape Breton Island; Cape Breton|Île du Cap-Breton|Unama'ki; island; 46.50; -60.80; 45.5,-61.6,47.05,-59.7; CA; Cape Breton Island
vancouver-island; Vancouver Island; Île de Vancouver; island; 49.65; -125.70; 48.3,-128.5,50.9,-123.3; CA; Vancouver Island
haida-gwaii; Haida Gwaii; Queen Charlotte Islands|the Queen Charlottes; archipelago; 53.00; -132.00; 51.9,-133.2,54.3,-130.9; CA; Haida Gwaii
kodiak-island; Kodiak Island; Qikertaq|Kodiak Island (Alaska); island; 57.50; -153.50; 56.8,-154.8,58.0,-152.1; US; Kodiak Island
aleutian-islands; Aleutian Islands; Aleutians|the Aleutians|Aleutian chain|Catherine Archipelago; archipelago; 51.90; -176.60; 51.2,172.0,55.5,-162.5; US; Aleutian Islands
alexander-archipelago; Alexander Archipelago; the Alexander Archipelago; archipelago; 57.00; -134.50; 54.6,-137.0,58.5,-131.0; US; Alexander Archipelago
long-island; Long Island; Paumanok|Long Island (New York); island; 40.80; -73.20; 40.54,-74.05,41.16,-71.85; US; Long Island
florida-keys; Florida Keys; the Florida Keys|Keys (Florida); archipelago; 24.70; -81.10; 24.5,-82.2,25.4,-80.2; US; Florida Keys
outer-banks; Outer Banks; OBX|the Outer Banks; archipelago; 35.50; -75.50; 34.6,-76.6,36.55,-75.4; US; Outer Banks
greenland-ice-sheet; Greenland Ice Sheet; Greenland ice cap|Inland Ice|Sermersuaq ice sheet; glacier; 72.00; -40.00; 60.0,-55.0,82.0,-20.0; GL; Greenland ice sheet
sermeq-kujalleq; Sermeq Kujalleq; Jakobshavn Glacier|Jakobshavn Isbræ|Ilulissat Glacier|Ilulissat Icefjord glacier; glacier; 69.15; -49.50; 68.9,-51.0,69.4,-48.5; GL; Jakobshavn Glacier
hubbard-glacier; Hubbard Glacier; the Hubbard Glacier; glacier; 60.20; -139.40; 59.95,-140.0,60.6,-138.9; US|CA; Hubbard Glacier
malaspina-glacier; Malaspina Glacier; Sít' Tlein; glacier; 59.95; -140.60; 59.7,-141.2,60.2,-139.9; US; Malaspina Glacier
columbia-icefield; Columbia Icefield; Columbia Ice Field; glacier; 52.17; -117.30; 52.05,-117.5,52.3,-117.1; CA; Columbia Icefield
delmarva-peninsula; Delmarva Peninsula; Delmarva|the Delmarva Peninsula; peninsula; 38.50; -75.60; 37.1,-76.2,39.75,-75.0; US; Delmarva Peninsula
cape-cod; Cape Cod; the Cape (Cape Cod)|Cape Cod peninsula; peninsula; 41.70; -70.20; 41.5,-70.7,42.1,-69.9; US; Cape Cod
upper-peninsula; Upper Peninsula of Michigan; Upper Peninsula|the U.P.|the Upper Peninsula|UP of Michigan; peninsula; 46.50; -87.00; 45.1,-90.4,47.5,-83.4; US; Upper Peninsula of Michigan
olympic-peninsula; Olympic Peninsula; the Olympic Peninsula; peninsula; 47.80; -123.80; 46.9,-124.75,48.4,-122.6; US; Olympic Peninsula
kenai-peninsula; Kenai Peninsula; the Kenai|the Kenai Peninsula; peninsula; 60.20; -150.50; 59.0,-152.0,61.0,-148.5; US; Kenai Peninsula
alaska-peninsula; Alaska Peninsula; the Alaska Peninsula; peninsula; 57.00; -157.00; 54.6,-164.0,59.0,-153.5; US; Alaska Peninsula
seward-peninsula; Seward Peninsula; the Seward Peninsula; peninsula; 65.30; -164.50; 64.3,-168.1,66.6,-160.5; US; Seward Peninsula
labrador-peninsula; Labrador Peninsula; Quebec-Labrador Peninsula|Ungava-Labrador Peninsula|Ungava Peninsula region; peninsula; 54.00; -68.00; 45.5,-80.0,62.6,-55.6; CA; Labrador Peninsula
gaspe-peninsula; Gaspé Peninsula; Gaspésie|Gaspe Peninsula|the Gaspé; peninsula; 48.80; -65.80; 48.0,-68.0,49.25,-64.2; CA; Gaspé Peninsula
death-valley; Death Valley; Death Valley (California)|Tümpisa; valley; 36.50; -117.00; 35.6,-117.5,37.3,-116.5; US; Death Valley
central-valley; Central Valley; California Central Valley|Great Central Valley|Central Valley of California|the Central Valley; valley; 37.30; -120.50; 34.9,-122.6,40.8,-118.6; US; Central Valley (California)
napa-valley; Napa Valley; the Napa Valley; valley; 38.40; -122.35; 38.2,-122.6,38.65,-122.2; US; Napa Valley AVA
silicon-valley; Silicon Valley; Santa Clara Valley; valley; 37.37; -122.00; 37.2,-122.3,37.55,-121.75; US; Silicon Valley
shenandoah-valley; Shenandoah Valley; the Shenandoah Valley|Valley of Virginia; valley; 38.60; -78.70; 37.8,-79.6,39.5,-77.7; US; Shenandoah Valley
hudson-valley; Hudson Valley; Hudson River Valley|the Hudson Valley; valley; 41.70; -73.95; 40.9,-74.3,43.0,-73.5; US; Hudson Valley
rio-grande-valley; Rio Grande Valley; Lower Rio Grande Valley|RGV|the Rio Grande Valley|the Valley (Texas); valley; 26.20; -97.90; 25.85,-98.9,26.6,-97.1; US|MX; Rio Grande Valley
yosemite-valley; Yosemite Valley; the Yosemite Valley|Ahwahnee; valley; 37.73; -119.60; 37.7,-119.7,37.76,-119.5; US; Yosemite Valley
imperial-valley; Imperial Valley; the Imperial Valley; valley; 32.85; -115.55; 32.6,-116.0,33.4,-115.0; US|MX; Imperial Valley
coachella-valley; Coachella Valley; the Coachella Valley; valley; 33.70; -116.20; 33.45,-116.6,33.95,-115.9; US; Coachella Valley
san-fernando-valley; San Fernando Valley; the San Fernando Valley|the Valley (Los Angeles); valley; 34.20; -118.45; 34.1,-118.7,34.35,-118.25; US; San Fernando Valley
willamette-valley; Willamette Valley; the Willamette Valley; valley; 44.60; -123.05; 43.7,-123.5,45.7,-122.5; US; Willamette Valley
okanagan-valley; Okanagan Valley; Okanagan|Okanogan Valley; valley; 49.90; -119.45; 48.9,-119.9,50.6,-119.0; CA|US; Okanagan
fraser-valley; Fraser Valley; Lower Fraser Valley|the Fraser Valley; valley; 49.10; -122.30; 49.0,-122.8,49.4,-121.4; CA; Fraser Valley
monument-valley; Monument Valley; Tsé Biiʼ Ndzisgaii|Monument Valley Navajo Tribal Park; valley; 36.98; -110.10; 36.85,-110.3,37.1,-109.9; US; Monument Valley
grand-canyon; Grand Canyon; the Grand Canyon|Grand Canyon of the Colorado|Ongtupqa; canyon; 36.10; -112.10; 35.7,-114.1,36.9,-111.6; US; Grand Canyon
bryce-canyon; Bryce Canyon; Bryce Canyon amphitheater; canyon; 37.60; -112.17; 37.45,-112.3,37.7,-112.05; US; Bryce Canyon National Park
zion-canyon; Zion Canyon; the Zion Canyon; canyon; 37.27; -112.95; 37.2,-113.0,37.35,-112.9; US; Zion Canyon
hells-canyon; Hells Canyon; Snake River Canyon (Hells Canyon); canyon; 45.25; -116.70; 44.8,-117.0,45.9,-116.45; US; Hells Canyon
columbia-river-gorge; Columbia River Gorge; the Columbia Gorge|Columbia Gorge; canyon; 45.65; -121.90; 45.5,-122.4,45.75,-121.0; US; Columbia River Gorge; GRGE
donner-pass; Donner Pass; Donner Summit; pass; 39.316; -120.327; 39.3,-120.35,39.33,-120.3; US; Donner Pass
cumberland-gap; Cumberland Gap; the Cumberland Gap; pass; 36.601; -83.666; 36.58,-83.69,36.62,-83.64; US; Cumberland Gap; GAP
south-pass; South Pass; South Pass (Wyoming); pass; 42.36; -108.92; 42.3,-109.0,42.42,-108.85; US; South Pass (Wyoming)
chilkoot-pass; Chilkoot Pass; Chilkoot Trail pass; pass; 59.695; -135.240; 59.67,-135.27,59.72,-135.21; US|CA; Chilkoot Pass
kicking-horse-pass; Kicking Horse Pass; the Kicking Horse Pass; pass; 51.45; -116.29; 51.43,-116.32,51.47,-116.26; CA; Kicking Horse Pass
yellowhead-pass; Yellowhead Pass; the Yellowhead Pass|Leather Pass; pass; 52.89; -118.46; 52.87,-118.49,52.91,-118.43; CA; Yellowhead Pass
rogers-pass; Rogers Pass; Rogers Pass (British Columbia); pass; 51.30; -117.52; 51.28,-117.55,51.32,-117.49; CA; Rogers Pass (British Columbia)
cajon-pass; Cajon Pass; the Cajon Pass; pass; 34.32; -117.45; 34.29,-117.48,34.35,-117.42; US; Cajon Pass
raton-pass; Raton Pass; the Raton Pass; pass; 36.99; -104.49; 36.97,-104.52,37.01,-104.46; US; Raton Pass
snoqualmie-pass; Snoqualmie Pass; the Snoqualmie Pass; pass; 47.42; -121.41; 47.4,-121.44,47.44,-121.38; US; Snoqualmie Pass
tioga-pass; Tioga Pass; the Tioga Pass; pass; 37.91; -119.26; 37.89,-119.29,37.93,-119.23; US; Tioga Pass
colorado-plateau; Colorado Plateau; the Colorado Plateau|Colorado Plateaus; plateau; 37.00; -110.50; 34.0,-113.8,40.5,-106.5; US; Colorado Plateau
columbia-plateau; Columbia Plateau; the Columbia Plateau|Columbia Basin; plateau; 46.50; -119.00; 43.0,-121.5,48.5,-114.5; US; Columbia Plateau
edwards-plateau; Edwards Plateau; the Edwards Plateau|Texas Hill Country plateau; plateau; 30.50; -100.00; 29.3,-102.3,31.8,-97.7; US; Edwards Plateau
cumberland-plateau; Cumberland Plateau; the Cumberland Plateau; plateau; 36.00; -85.00; 33.8,-87.5,38.0,-83.0; US; Cumberland Plateau
allegheny-plateau; Allegheny Plateau; Allegheny Plateaus|the Allegheny Plateau; plateau; 41.00; -78.50; 37.5,-82.5,43.0,-74.0; US; Allegheny Plateau
llano-estacado; Llano Estacado; Staked Plains|Staked Plain|the Llano Estacado; plain; 33.50; -102.50; 31.5,-104.5,35.5,-100.5; US; Llano Estacado
great-plains; Great Plains; the Great Plains|the Plains|Great Plains of North America|High Plains region; plain; 41.00; -101.00; 29.0,-106.0,55.0,-95.0; US|CA; Great Plains
canadian-prairies; Canadian Prairies; the Prairies|Prairie Provinces region|Western Canadian prairies; region; 51.50; -106.00; 49.0,-115.0,55.0,-95.0; CA; Canadian Prairies
great-basin; Great Basin; the Great Basin; basin; 40.00; -116.50; 34.5,-121.0,43.5,-111.0; US; Great Basin
permian-basin; Permian Basin; the Permian Basin|Permian Basin (North America); basin; 31.80; -102.50; 29.8,-105.5,34.0,-100.0; US; Permian Basin (North America)
canadian-shield; Canadian Shield; Laurentian Plateau|Laurentian Shield|Bouclier canadien|the Canadian Shield|Precambrian Shield; region; 54.00; -75.00; 42.0,-120.0,82.0,-55.0; CA|US|GL; Canadian Shield
hudson-bay-lowlands; Hudson Bay Lowlands; Hudson Plains|Hudson Bay Lowland; plain; 53.50; -85.00; 50.0,-96.0,59.0,-79.0; CA; Hudson Bay Lowlands
new-england; New England; New England region|the New England states; region; 44.00; -71.50; 40.9,-73.8,47.5,-66.9; US; New England
pacific-northwest; Pacific Northwest; PNW|the Pacific Northwest|Cascadia region|the Northwest (US); region; 46.00; -121.00; 41.9,-125.0,52.0,-111.0; US|CA; Pacific Northwest
midwest; Midwestern United States; Midwest|the Midwest|American Midwest|Middle West; region; 42.00; -90.00; 36.0,-104.1,49.4,-80.5; US; Midwestern United States
deep-south; Deep South; the Deep South|Lower South|Cotton States; region; 32.50; -87.50; 29.0,-94.1,35.0,-80.8; US; Deep South
american-southwest; Southwestern United States; American Southwest|the Southwest (US)|Desert Southwest|the American Southwest; region; 34.00; -110.00; 31.3,-120.0,38.0,-103.0; US; Southwestern United States
appalachia; Appalachia; Appalachian region|Central Appalachia; region; 38.00; -81.50; 34.0,-88.0,42.5,-75.0; US; Appalachia
rust-belt; Rust Belt; the Rust Belt|Manufacturing Belt|Factory Belt; region; 41.00; -82.00; 38.5,-91.0,44.0,-74.0; US; Rust Belt
sun-belt; Sun Belt; Sunbelt|the Sun Belt|the Sunbelt; region; 33.00; -95.00; 25.0,-122.0,37.0,-76.0; US; Sun Belt
gulf-coast; Gulf Coast of the United States; Gulf Coast|the Gulf Coast|Gulf South|Third Coast; region; 30.00; -90.00; 25.0,-97.5,31.5,-81.5; US; Gulf Coast of the United States
everglades; Everglades; the Everglades|River of Grass|Florida Everglades|Pa-hay-okee; wetland; 25.90; -80.80; 25.1,-81.4,27.0,-80.3; US; Everglades; SWMP
okefenokee-swamp; Okefenokee Swamp; the Okefenokee|Okefenokee; wetland; 30.75; -82.30; 30.45,-82.55,31.05,-82.05; US; Okefenokee Swamp; SWMP
atchafalaya-basin; Atchafalaya Basin; Atchafalaya Swamp|the Atchafalaya; wetland; 30.30; -91.70; 29.5,-92.0,31.0,-91.2; US; Atchafalaya Basin; SWMP
mississippi-river-delta; Mississippi River Delta; Birdfoot Delta|Balize Delta|Mississippi delta (Louisiana); delta; 29.30; -89.50; 28.9,-91.5,30.5,-89.0; US; Mississippi River Delta
mackenzie-delta; Mackenzie Delta; Mackenzie River Delta; delta; 68.50; -134.50; 67.5,-136.5,69.5,-133.5; CA; Mackenzie River Delta
yukon-kuskokwim-delta; Yukon–Kuskokwim Delta; Yukon-Kuskokwim Delta|Y-K Delta|Yukon Delta; delta; 61.50; -163.00; 59.8,-166.0,63.2,-160.0; US; Yukon–Kuskokwim Delta
sacramento-san-joaquin-delta; Sacramento–San Joaquin River Delta; Sacramento-San Joaquin Delta|California Delta|Sacramento Delta; delta; 38.05; -121.60; 37.7,-121.9,38.6,-121.3; US; Sacramento–San Joaquin River Delta
tongass; Tongass National Forest; Tongass|Tongass rainforest|the Tongass; forest; 56.30; -132.00; 54.6,-137.5,59.5,-130.0; US; Tongass National Forest
cape-hatteras; Cape Hatteras; Hatteras; cape; 35.223; -75.529; 35.2,-75.56,35.25,-75.5; US; Cape Hatteras
cape-canaveral; Cape Canaveral; Cape Kennedy (1963–1973); cape; 28.46; -80.53; 28.4,-80.6,28.5,-80.5; US; Cape Canaveral
cape-fear; Cape Fear; the Cape Fear headland; cape; 33.84; -77.96; 33.82,-77.99,33.86,-77.94; US; Cape Fear (headland)
cape-race; Cape Race; Cape Race (Newfoundland); cape; 46.66; -53.07; 46.64,-53.09,46.68,-53.05; CA; Cape Race
point-barrow; Point Barrow; Nuvuk|Barrow Point; cape; 71.39; -156.48; 71.37,-156.52,71.41,-156.44; US; Point Barrow; PT
cape-farewell; Cape Farewell; Nunap Isua|Kap Farvel|Cape Farewell (Greenland); cape; 59.77; -43.92; 59.75,-43.95,59.79,-43.89; GL; Cape Farewell, Greenland
""")
# ---------------------------------------------------------------------------
# SOUTH AMERICA
# ---------------------------------------------------------------------------
DATA.append(r"""
@SA
latin-america; Latin America; LatAm|América Latina|Latinoamérica|Latin American region; region; -5.00; -60.00; -56.0,-118.0,32.7,-34.0; MX|GT|HN|SV|NI|CR|PA|CU|DO|HT|CO|VE|EC|PE|BO|BR|PY|UY|AR|CL; Latin America
southern-cone; Southern Cone; Cono Sur|the Southern Cone; region; -35.00; -63.00; -56.0,-76.0,-17.5,-48.0; AR|CL|UY|PY|BR; Southern Cone
andes; Andes; Andes Mountains|the Andes|Cordillera de los Andes|Andean range|Andean Mountains; mountain_range; -20.00; -68.00; -56.0,-80.5,11.5,-63.0; VE|CO|EC|PE|BO|CL|AR; Andes
altiplano; Altiplano; Andean Plateau|the Altiplano|Bolivian Plateau|Collao|Altiplano Andino; plateau; -18.00; -67.50; -23.5,-71.0,-14.5,-65.5; BO|PE|CL|AR; Altiplano
cordillera-blanca; Cordillera Blanca; White Range (Peru)|the Cordillera Blanca; mountain_range; -9.10; -77.60; -10.0,-78.0,-8.3,-77.2; PE; Cordillera Blanca
cordillera-real; Cordillera Real; Cordillera Real (Bolivia)|Royal Range; mountain_range; -16.20; -68.20; -17.0,-68.7,-15.5,-67.5; BO; Cordillera Real (Bolivia)
cordillera-del-paine; Cordillera del Paine; Paine massif|Torres del Paine|Cuernos del Paine; mountain_range; -51.00; -73.00; -51.15,-73.2,-50.9,-72.85; CL; Cordillera del Paine
guiana-highlands; Guiana Highlands; Guayana Highlands|Guiana Shield highlands|Macizo Guayanés|Guiana Massif; plateau; 4.50; -62.00; 0.5,-67.5,8.5,-51.0; VE|GY|SR|BR|FR; Guiana Highlands
gran-sabana; Gran Sabana; La Gran Sabana|the Gran Sabana; plateau; 5.30; -61.30; 4.5,-62.2,6.3,-60.6; VE; Gran Sabana
brazilian-highlands; Brazilian Highlands; Brazilian Plateau|Planalto Brasileiro|Brazilian Shield highlands; plateau; -15.00; -47.50; -31.0,-60.0,-3.0,-35.0; BR; Brazilian Highlands
serra-do-mar; Serra do Mar; the Serra do Mar; mountain_range; -23.50; -45.80; -29.0,-50.0,-21.5,-40.5; BR; Serra do Mar
sierra-nevada-de-santa-marta; Sierra Nevada de Santa Marta; Santa Marta Mountains|Sierra Nevada of Santa Marta; mountain_range; 10.85; -73.70; 10.3,-74.3,11.35,-72.9; CO; Sierra Nevada de Santa Marta
aconcagua; Aconcagua; Cerro Aconcagua|Mount Aconcagua; mountain; -32.653; -70.011; -32.7,-70.06,-32.6,-69.96; AR; Aconcagua
ojos-del-salado; Ojos del Salado; Nevado Ojos del Salado; mountain; -27.109; -68.541; -27.15,-68.58,-27.07,-68.5; AR|CL; Ojos del Salado; VLC
llullaillaco; Llullaillaco; Volcán Llullaillaco; mountain; -24.720; -68.540; -24.76,-68.58,-24.68,-68.5; AR|CL; Llullaillaco; VLC
huascaran; Huascarán; Huascaran|Nevado Huascarán|Mataraju; mountain; -9.121; -77.604; -9.16,-77.64,-9.08,-77.57; PE; Huascarán
chimborazo; Chimborazo; Volcán Chimborazo|Mount Chimborazo; mountain; -1.469; -78.817; -1.51,-78.86,-1.43,-78.77; EC; Chimborazo; VLC
cotopaxi; Cotopaxi; Cotopaxi volcano|Volcán Cotopaxi; mountain; -0.681; -78.437; -0.72,-78.48,-0.64,-78.39; EC; Cotopaxi; VLC
tungurahua; Tungurahua; Tungurahua volcano|Mama Tungurahua; mountain; -1.467; -78.442; -1.5,-78.48,-1.43,-78.4; EC; Tungurahua; VLC
nevado-del-ruiz; Nevado del Ruiz; Ruiz volcano|Kumanday|Mesa de Herveo; mountain; 4.895; -75.322; 4.85,-75.37,4.94,-75.27; CO; Nevado del Ruiz; VLC
pico-bolivar; Pico Bolívar; Pico Bolivar|Pico Simón Bolívar; mountain; 8.541; -71.046; 8.52,-71.07,8.56,-71.02; VE; Pico Bolívar
illimani; Illimani; Nevado Illimani|Mount Illimani; mountain; -16.650; -67.790; -16.7,-67.84,-16.6,-67.74; BO; Illimani
sajama; Nevado Sajama; Sajama|Sajama volcano; mountain; -18.108; -68.883; -18.15,-68.93,-18.07,-68.84; BO; Nevado Sajama; VLC
el-misti; El Misti; Misti|Volcán Misti|Guagua Putina; mountain; -16.294; -71.409; -16.33,-71.45,-16.26,-71.37; PE; El Misti; VLC
villarrica-volcano; Villarrica; Villarrica volcano|Rucapillán|Volcán Villarrica; mountain; -39.420; -71.930; -39.46,-71.97,-39.38,-71.89; CL; Villarrica (volcano); VLC
osorno-volcano; Osorno Volcano; Volcán Osorno|Osorno (volcano); mountain; -41.100; -72.490; -41.14,-72.53,-41.06,-72.45; CL; Osorno (volcano); VLC
fitz-roy; Fitz Roy; Monte Fitz Roy|Cerro Chaltén|Cerro Fitz Roy; mountain; -49.271; -73.043; -49.3,-73.08,-49.24,-73.0; AR|CL; Monte Fitz Roy
mount-roraima; Mount Roraima; Monte Roraima|Roraima tepui|Tepuy Roraima|Roraima Tepui; mountain; 5.143; -60.762; 5.1,-60.8,5.19,-60.72; VE|BR|GY; Mount Roraima
pico-da-neblina; Pico da Neblina; Neblina Peak|Cerro de la Neblina; mountain; 0.805; -66.006; 0.77,-66.04,0.84,-65.97; BR|VE; Pico da Neblina
amazon; Amazon; Amazon River|River Amazon|the Amazon|Rio Amazonas|Río Amazonas|Solimões|the Amazon River; river; -3.14; -59.90; -16.0,-79.0,1.0,-49.5; PE|CO|BR; Amazon River
parana-river; Paraná River; Río Paraná|Rio Paraná|the Paraná|Parana River|the Paraná River; river; -27.47; -58.84; -34.0,-61.0,-15.5,-46.0; BR|PY|AR; Paraná River
madeira-river; Madeira River; Rio Madeira|the Madeira River; river; -8.76; -63.91; -11.0,-66.5,-3.3,-58.7; BR|BO; Madeira River
purus-river; Purus River; Rio Purus|Río Purús|the Purus; river; -7.26; -64.80; -11.0,-72.5,-3.6,-61.4; PE|BR; Purus River
japura-river; Japurá River; Caquetá River|Río Caquetá|Rio Japurá|Japura River; river; -1.32; -69.58; -3.2,-77.0,2.0,-64.7; CO|BR; Japurá River
negro-river; Negro River; Rio Negro (Amazon)|Guainía River|Río Guainía|Black River (Amazon); river; -0.97; -62.93; -3.2,-72.0,4.0,-59.8; CO|VE|BR; Rio Negro (Amazon)
tocantins-river; Tocantins River; Rio Tocantins|the Tocantins River; river; -5.53; -47.49; -15.5,-50.0,-1.5,-46.5; BR; Tocantins River
araguaia-river; Araguaia River; Rio Araguaia|the Araguaia; river; -11.62; -50.67; -18.0,-53.5,-5.2,-48.2; BR; Araguaia River
xingu-river; Xingu River; Rio Xingu|the Xingu|Xingu; river; -3.20; -52.20; -15.0,-55.5,-1.4,-51.5; BR; Xingu River
tapajos-river; Tapajós River; Rio Tapajós|Tapajos River|the Tapajós; river; -4.28; -55.98; -9.5,-59.0,-2.4,-54.7; BR; Tapajós
sao-francisco-river; São Francisco River; Rio São Francisco|Velho Chico|Sao Francisco River|the São Francisco; river; -13.25; -43.42; -20.5,-47.0,-8.5,-36.3; BR; São Francisco River
paraguay-river; Paraguay River; Río Paraguay|Rio Paraguai|the Paraguay River; river; -19.00; -57.65; -27.5,-58.8,-14.5,-56.5; BR|BO|PY|AR; Paraguay River
uruguay-river; Uruguay River; Río Uruguay|Rio Uruguai|the Uruguay River; river; -31.40; -58.00; -34.0,-58.5,-27.0,-49.5; BR|AR|UY; Uruguay River
pilcomayo-river; Pilcomayo River; Río Pilcomayo|Pilcomayo|Araguay; river; -21.26; -63.47; -25.4,-65.8,-19.3,-57.6; BO|AR|PY; Pilcomayo River
orinoco; Orinoco; Orinoco River|Río Orinoco|the Orinoco|River Orinoco; river; 8.14; -63.55; 2.0,-68.0,9.0,-60.5; VE|CO; Orinoco
meta-river; Meta River; Río Meta|the Meta River; river; 4.79; -71.34; 3.8,-74.0,6.3,-67.4; CO|VE; Meta River
magdalena-river; Magdalena River; Río Magdalena|the Magdalena|Rio Grande de la Magdalena; river; 7.07; -73.87; 1.5,-76.5,11.1,-73.5; CO; Magdalena River
ucayali-river; Ucayali River; Río Ucayali|the Ucayali; river; -8.38; -74.53; -12.0,-75.5,-4.4,-73.0; PE; Ucayali River
essequibo-river; Essequibo River; the Essequibo|Essequibo; river; 4.67; -58.67; 1.2,-59.8,7.0,-58.2; GY; Essequibo River
rio-de-la-plata; Río de la Plata; River Plate|Rio de la Plata|the River Plate|Plata estuary|Río de la Plata estuary; bay; -35.00; -57.00; -36.4,-58.6,-34.0,-54.9; AR|UY; Río de la Plata; ESTY
lake-titicaca; Lake Titicaca; Titicaca|Lago Titicaca|Titiqaqa; lake; -15.90; -69.40; -16.6,-70.0,-15.2,-68.6; PE|BO; Lake Titicaca
lake-maracaibo; Lake Maracaibo; Lago de Maracaibo|Maracaibo Lake; lake; 9.80; -71.55; 8.9,-72.0,10.9,-71.0; VE; Lake Maracaibo
lake-poopo; Lake Poopó; Lago Poopó|Lake Poopo|Poopó; lake; -18.80; -67.10; -19.1,-67.3,-18.5,-66.85; BO; Lake Poopó; LKN
lagoa-dos-patos; Lagoa dos Patos; Patos Lagoon; lake; -31.10; -51.20; -32.2,-51.9,-30.1,-50.6; BR; Lagoa dos Patos; LGN
general-carrera-lake; General Carrera Lake; Lago Buenos Aires|Lago General Carrera|Lake Buenos Aires|Chelenko; lake; -46.50; -72.00; -46.8,-72.95,-46.25,-71.1; CL|AR; General Carrera Lake
nahuel-huapi-lake; Nahuel Huapi Lake; Lago Nahuel Huapi|Nahuel Huapi; lake; -41.00; -71.50; -41.2,-71.85,-40.7,-71.25; AR; Nahuel Huapi Lake
lago-argentino; Lago Argentino; Lake Argentino|Argentino Lake; lake; -50.20; -72.60; -50.5,-73.35,-49.95,-72.05; AR; Lago Argentino
viedma-lake; Viedma Lake; Lago Viedma|Lake Viedma; lake; -49.60; -72.50; -49.8,-73.0,-49.4,-72.0; AR; Viedma Lake
lake-llanquihue; Lake Llanquihue; Lago Llanquihue; lake; -41.15; -72.80; -41.3,-73.05,-40.95,-72.5; CL; Llanquihue Lake
itaipu-reservoir; Itaipu Reservoir; Itaipu Lake|Lago de Itaipu|Itaipu reservoir; lake; -24.80; -54.35; -25.45,-54.65,-24.05,-54.1; BR|PY; Itaipu Dam; RSV
guri-reservoir; Guri Reservoir; Embalse de Guri|Lake Guri|Guri Lake; lake; 7.30; -62.90; 6.6,-63.4,7.8,-62.4; VE; Guri Dam; RSV
mar-chiquita; Mar Chiquita; Laguna Mar Chiquita|Mar de Ansenuza|Laguna de Mar Chiquita; lake; -30.70; -62.60; -31.0,-63.1,-30.3,-62.1; AR; Mar Chiquita (Córdoba); LKN
salar-de-uyuni; Salar de Uyuni; Uyuni salt flat|Salar de Tunupa|Uyuni Salt Flats; plain; -20.13; -67.49; -20.6,-68.3,-19.7,-66.9; BO; Salar de Uyuni; SALT
salar-de-atacama; Salar de Atacama; Atacama salt flat; plain; -23.50; -68.25; -23.95,-68.55,-23.0,-68.0; CL; Salar de Atacama; SALT
atacama-desert; Atacama Desert; Desierto de Atacama|the Atacama|the Atacama Desert; desert; -24.50; -69.25; -30.0,-71.5,-17.5,-68.0; CL|PE; Atacama Desert
patagonian-desert; Patagonian Desert; Patagonian Steppe|Magellanic Steppe|Patagonia Desert; desert; -45.00; -69.00; -52.0,-72.0,-37.5,-65.0; AR; Patagonian Desert
sechura-desert; Sechura Desert; Desierto de Sechura; desert; -5.80; -80.50; -6.6,-81.1,-4.8,-79.7; PE; Sechura Desert
la-guajira-desert; La Guajira Desert; Guajira Desert|Desierto de La Guajira; desert; 11.80; -72.00; 11.2,-72.9,12.45,-71.1; CO|VE; La Guajira Desert
monte-desert; Monte Desert; El Monte|Monte shrubland; desert; -32.00; -67.50; -42.0,-70.0,-24.0,-62.5; AR; Monte Desert
lencois-maranhenses; Lençóis Maranhenses; Lencois Maranhenses|Lençóis Maranhenses dunes; desert; -2.50; -43.10; -2.75,-43.5,-2.3,-42.7; BR; Lençóis Maranhenses National Park
pampas; Pampas; the Pampas|Pampean plains|La Pampa region; plain; -35.50; -62.50; -39.5,-66.0,-30.5,-57.0; AR|UY; Pampas
gran-chaco; Gran Chaco; the Gran Chaco|Chaco Boreal|Chaco Plain|the Chaco; plain; -23.00; -61.00; -30.5,-66.0,-17.0,-57.5; AR|PY|BO|BR; Gran Chaco
llanos; Llanos; Los Llanos|Orinoco Llanos|the Llanos|Llanos Orientales; plain; 6.50; -69.50; 2.5,-73.5,10.0,-62.0; CO|VE; Llanos
patagonia; Patagonia; Patagonian region|la Patagonia; region; -43.00; -69.50; -56.0,-76.0,-37.5,-62.0; AR|CL; Patagonia
amazon-rainforest; Amazon Rainforest; Amazonia|Amazon jungle|the Amazon rainforest|Amazon forest|Floresta Amazônica|Selva Amazónica|the Amazonia; forest; -4.00; -63.00; -18.0,-80.0,8.5,-44.0; BR|PE|CO|VE|EC|BO|GY|SR; Amazon rainforest
amazon-basin; Amazon Basin; Amazon River basin|the Amazon Basin|Amazonian basin; basin; -5.00; -62.00; -20.5,-80.0,5.5,-48.0; BR|PE|CO|BO|EC|VE; Amazon basin
pantanal; Pantanal; the Pantanal|Pantanal wetlands|Pantanal Matogrossense; wetland; -18.00; -57.00; -22.0,-59.0,-15.5,-54.8; BR|BO|PY; Pantanal
cerrado; Cerrado; the Cerrado|Brazilian Savanna|Brazilian cerrado|Cerrado savanna; region; -14.00; -48.00; -24.5,-60.5,-2.5,-41.5; BR|PY|BO; Cerrado
caatinga; Caatinga; the Caatinga|Caatinga shrubland; region; -8.00; -40.00; -16.5,-45.0,-2.5,-35.0; BR; Caatinga
atlantic-forest; Atlantic Forest; Mata Atlântica|Atlantic Rainforest|Mata Atlantica|Bosque Atlántico; forest; -22.50; -44.00; -30.0,-56.0,-5.0,-34.8; BR|PY|AR; Atlantic Forest
sertao; Sertão; Sertao|the Sertão|Sertão nordestino|the Sertao; region; -8.50; -39.50; -16.0,-44.5,-3.5,-36.0; BR; Sertão
yungas; Yungas; the Yungas|Las Yungas|Bolivian Yungas; region; -16.30; -67.70; -24.0,-74.0,-5.0,-63.0; BO|PE|AR; Yungas
orinoco-delta; Orinoco Delta; Delta del Orinoco|the Orinoco Delta; delta; 9.00; -61.50; 8.3,-62.5,10.0,-60.5; VE; Orinoco Delta
parana-delta; Paraná Delta; Delta del Paraná|Parana Delta; delta; -33.90; -59.00; -34.4,-60.8,-32.6,-58.3; AR; Paraná Delta
ibera-wetlands; Iberá Wetlands; Esteros del Iberá|Ibera Marshes|Iberá marshes; wetland; -28.50; -57.20; -29.5,-58.0,-27.5,-56.5; AR; Iberá Wetlands; MRSH
marajo; Marajó; Marajó Island|Ilha de Marajó|Marajo Island; island; -1.00; -49.50; -2.0,-51.0,0.05,-48.3; BR; Marajó
guajira-peninsula; Guajira Peninsula; La Guajira Peninsula|Península de la Guajira; peninsula; 11.80; -72.20; 11.0,-73.2,12.5,-71.1; CO|VE; Guajira Peninsula
paraguana-peninsula; Paraguaná Peninsula; Península de Paraguaná|Paraguana Peninsula; peninsula; 11.90; -70.00; 11.45,-70.3,12.2,-69.75; VE; Paraguaná Peninsula
valdes-peninsula; Valdés Peninsula; Península Valdés|Valdes Peninsula; peninsula; -42.50; -64.00; -42.9,-64.65,-42.05,-63.55; AR; Valdés Peninsula
cape-horn; Cape Horn; Cabo de Hornos|Kaap Hoorn|the Horn (Cape Horn); cape; -55.98; -67.27; -56.0,-67.3,-55.96,-67.24; CL; Cape Horn
strait-of-magellan; Strait of Magellan; Estrecho de Magallanes|Magellan Strait|Straits of Magellan; strait; -53.40; -70.65; -54.0,-75.0,-52.3,-68.3; CL; Strait of Magellan
beagle-channel; Beagle Channel; Canal Beagle|Beagle Strait; channel; -54.88; -68.00; -55.1,-71.0,-54.7,-66.8; AR|CL; Beagle Channel
gulf-of-venezuela; Gulf of Venezuela; Golfo de Venezuela; gulf; 11.50; -71.20; 10.9,-71.9,12.2,-70.3; VE|CO; Gulf of Venezuela
gulf-of-paria; Gulf of Paria; Golfo de Paria; gulf; 10.40; -62.00; 10.0,-62.7,10.75,-61.5; VE|TT; Gulf of Paria
gulf-of-guayaquil; Gulf of Guayaquil; Golfo de Guayaquil; gulf; -3.00; -80.30; -3.6,-81.0,-2.2,-79.8; EC|PE; Gulf of Guayaquil
gulf-of-uraba; Gulf of Urabá; Golfo de Urabá|Gulf of Uraba; gulf; 8.20; -76.90; 7.85,-77.1,8.7,-76.6; CO; Gulf of Urabá
san-matias-gulf; San Matías Gulf; Golfo San Matías|Gulf of San Matias; gulf; -41.50; -64.50; -42.3,-65.2,-40.8,-63.8; AR; San Matías Gulf
san-jorge-gulf; San Jorge Gulf; Golfo San Jorge|Gulf of San Jorge; gulf; -46.00; -66.80; -47.1,-67.6,-45.0,-65.7; AR; San Jorge Gulf
guanabara-bay; Guanabara Bay; Baía de Guanabara; bay; -22.80; -43.15; -22.95,-43.3,-22.65,-43.0; BR; Guanabara Bay
bay-of-all-saints; Bay of All Saints; Baía de Todos os Santos|All Saints Bay|Todos os Santos Bay; bay; -12.85; -38.60; -13.1,-38.85,-12.6,-38.45; BR; Bay of All Saints
paso-de-los-libertadores; Paso de los Libertadores; Cristo Redentor Pass|Paso Cristo Redentor|Uspallata Pass|Libertadores Pass; pass; -32.83; -70.08; -32.85,-70.1,-32.81,-70.06; AR|CL; Paso Internacional Los Libertadores
colca-canyon; Colca Canyon; Cañón del Colca|Colca Valley; canyon; -15.60; -71.90; -15.75,-72.2,-15.5,-71.6; PE; Colca Canyon
sacred-valley; Sacred Valley; Sacred Valley of the Incas|Urubamba Valley|Valle Sagrado; valley; -13.33; -72.08; -13.45,-72.35,-13.2,-71.8; PE; Sacred Valley
perito-moreno-glacier; Perito Moreno Glacier; Glaciar Perito Moreno|Perito Moreno; glacier; -50.48; -73.05; -50.6,-73.3,-50.4,-72.95; AR; Perito Moreno Glacier
southern-patagonian-ice-field; Southern Patagonian Ice Field; Campo de Hielo Patagónico Sur|Southern Patagonia Icefield; glacier; -49.50; -73.40; -51.5,-74.0,-48.3,-72.8; AR|CL; Southern Patagonian Ice Field
northern-patagonian-ice-field; Northern Patagonian Ice Field; Campo de Hielo Patagónico Norte|Northern Patagonia Icefield; glacier; -47.00; -73.50; -47.6,-73.9,-46.4,-73.1; CL; Northern Patagonian Ice Field
""")
# ---------------------------------------------------------------------------
# OCEANIA (Australia, New Zealand, New Guinea, Pacific islands)
# ---------------------------------------------------------------------------
DATA.append(r"""
@OC
australasia; Australasia; Australasian region; region; -25.00; 140.00; -47.5,110.0,0.0,179.0; AU|NZ|PG; Australasia
melanesia; Melanesia; Melanesian islands; region; -6.20; 155.30; -23.0,130.0,0.5,180.0; PG|SB|VU|FJ|NC|ID; Melanesia
polynesia; Polynesia; Polynesian Triangle|Polynesian islands; region; -17.65; -149.43; -47.5,160.0,29.0,-105.0; PF|WS|TO|TV|CK|NZ|US|NU|AS|WF|PN|CL; Polynesia
outback; Outback; the Outback|Australian Outback|the Australian outback; region; -25.00; 134.00; -35.0,113.0,-11.0,154.0; AU; Outback
kimberley-region; Kimberley region; the Kimberley|Kimberley (Western Australia)|Kimberley Plateau; region; -17.00; 126.00; -22.0,121.0,-13.5,129.0; AU; Kimberley (Western Australia)
pilbara; Pilbara; the Pilbara|Pilbara region; region; -21.50; 119.00; -23.8,114.5,-19.5,123.0; AU; Pilbara
arnhem-land; Arnhem Land; Arnhem Land region; region; -12.80; 134.50; -14.5,131.5,-11.0,137.0; AU; Arnhem Land
cape-york-peninsula; Cape York Peninsula; the Cape York Peninsula; peninsula; -14.00; 143.00; -17.8,141.0,-10.6,146.0; AU; Cape York Peninsula
cape-york; Cape York; Pajinka; cape; -10.69; 142.53; -10.71,142.5,-10.67,142.56; AU; Cape York
murray-darling-basin; Murray–Darling Basin; Murray-Darling Basin; basin; -31.00; 145.50; -37.7,138.6,-24.5,152.5; AU; Murray–Darling basin
great-artesian-basin; Great Artesian Basin; the Great Artesian Basin; basin; -25.00; 142.00; -33.0,133.0,-10.5,151.0; AU; Great Artesian Basin
lake-eyre-basin; Lake Eyre Basin; Kati Thanda–Lake Eyre Basin; basin; -25.00; 138.50; -30.5,131.5,-19.5,146.5; AU; Lake Eyre basin
nullarbor-plain; Nullarbor Plain; the Nullarbor|Nullarbor; plain; -31.00; 129.00; -32.5,125.0,-30.0,132.0; AU; Nullarbor Plain
great-barrier-reef; Great Barrier Reef; the Great Barrier Reef; region; -18.20; 147.00; -24.5,142.5,-10.0,154.0; AU; Great Barrier Reef; RF
great-dividing-range; Great Dividing Range; the Great Dividing Range; mountain_range; -28.50; 152.00; -38.0,141.0,-10.5,153.5; AU; Great Dividing Range
australian-alps; Australian Alps; Australian Alps range|Victorian Alps; mountain_range; -36.60; 148.20; -37.8,145.8,-35.3,149.3; AU; Australian Alps
snowy-mountains; Snowy Mountains; the Snowies|Snowies|the Snowy Mountains; mountain_range; -36.20; 148.40; -36.8,148.1,-35.4,148.9; AU; Snowy Mountains
mount-kosciuszko; Mount Kosciuszko; Kosciuszko|Mount Kosciusko|Targangal|Mt Kosciuszko; mountain; -36.456; 148.263; -36.48,148.24,-36.43,148.29; AU; Mount Kosciuszko
macdonnell-ranges; MacDonnell Ranges; the MacDonnells|Tjoritja|MacDonnell Range; mountain_range; -23.70; 133.50; -24.0,132.0,-23.3,135.5; AU; MacDonnell Ranges
flinders-ranges; Flinders Ranges; the Flinders Ranges|Ikara-Flinders Ranges; mountain_range; -31.50; 138.60; -33.0,137.8,-29.9,139.6; AU; Flinders Ranges
hamersley-range; Hamersley Range; the Hamersley Range|Karijini ranges; mountain_range; -22.40; 118.00; -23.0,116.5,-21.8,119.5; AU; Hamersley Range
blue-mountains; Blue Mountains; Blue Mountains (New South Wales)|the Blue Mountains; mountain_range; -33.70; 150.30; -34.2,150.0,-33.2,150.6; AU; Blue Mountains (New South Wales)
uluru; Uluru; Ayers Rock|Uluṟu|Uluru / Ayers Rock; mountain; -25.345; 131.036; -25.36,131.01,-25.33,131.06; AU; Uluru
kata-tjuta; Kata Tjuta; The Olgas|Mount Olga|Kata Tjuṯa; mountain; -25.300; 130.730; -25.33,130.7,-25.27,130.77; AU; Kata Tjuta
great-victoria-desert; Great Victoria Desert; the Great Victoria Desert; desert; -29.00; 128.00; -32.0,123.0,-26.0,134.0; AU; Great Victoria Desert
great-sandy-desert; Great Sandy Desert; the Great Sandy Desert; desert; -20.50; 124.00; -23.5,119.5,-18.0,129.0; AU; Great Sandy Desert
gibson-desert; Gibson Desert; the Gibson Desert; desert; -24.50; 124.00; -26.5,120.5,-22.5,128.5; AU; Gibson Desert
simpson-desert; Simpson Desert; the Simpson Desert; desert; -25.00; 137.00; -27.5,134.5,-22.5,139.5; AU; Simpson Desert
tanami-desert; Tanami Desert; the Tanami|the Tanami Desert; desert; -20.00; 130.00; -22.5,126.0,-17.5,133.5; AU; Tanami Desert
strzelecki-desert; Strzelecki Desert; the Strzelecki Desert; desert; -28.50; 140.50; -30.5,139.0,-27.0,142.5; AU; Strzelecki Desert
murray-river; Murray River; the Murray|River Murray|Millewa|Dhungala|the Murray River; river; -34.19; 142.16; -36.8,138.8,-33.9,148.3; AU; Murray River
darling-river; Darling River; the Darling|Baaka|the Darling River; river; -30.09; 145.94; -34.2,141.9,-28.5,150.0; AU; Darling River
murrumbidgee-river; Murrumbidgee River; the Murrumbidgee|Murrumbidgee; river; -35.10; 147.37; -36.2,143.3,-34.2,149.4; AU; Murrumbidgee River
cooper-creek; Cooper Creek; Cooper's Creek|Coopers Creek; river; -27.75; 140.73; -28.9,137.3,-25.0,143.0; AU; Cooper Creek
snowy-river; Snowy River; the Snowy River; river; -36.42; 148.63; -37.85,148.0,-36.3,148.7; AU; Snowy River
swan-river; Swan River; Derbarl Yerrigan|Swan River (Western Australia); river; -31.90; 115.97; -32.1,115.7,-31.6,116.3; AU; Swan River (Western Australia)
kati-thanda-lake-eyre; Kati Thanda–Lake Eyre; Lake Eyre|Kati Thanda|Kati Thanda-Lake Eyre; lake; -28.40; 137.30; -29.6,136.8,-27.8,138.2; AU; Kati Thanda–Lake Eyre; LKN
lake-torrens; Lake Torrens; Ngarndamukia; lake; -30.80; 137.90; -31.7,137.6,-29.5,138.2; AU; Lake Torrens; LKN
lake-gairdner; Lake Gairdner; Lake Gairdner salt lake; lake; -31.60; 135.90; -32.2,135.4,-31.0,136.3; AU; Lake Gairdner; LKN
lake-argyle; Lake Argyle; Argyle reservoir; lake; -16.30; 128.70; -16.7,128.5,-15.9,128.95; AU; Lake Argyle; RSV
great-sandy-strait; Great Sandy Strait; the Great Sandy Strait; strait; -25.50; 152.95; -25.9,152.8,-25.0,153.1; AU; Great Sandy Strait
kgari; K'gari; Fraser Island|Kgari|K'gari (Fraser Island); island; -25.25; 153.15; -25.8,152.95,-24.7,153.37; AU; K'gari
kangaroo-island; Kangaroo Island; Karta Pintingga|KI (South Australia); island; -35.80; 137.25; -36.1,136.5,-35.55,138.15; AU; Kangaroo Island
whitsunday-islands; Whitsunday Islands; the Whitsundays|Whitsundays; archipelago; -20.25; 148.95; -20.5,148.6,-20.0,149.2; AU; Whitsunday Islands
torres-strait-islands; Torres Strait Islands; Torres Strait islands|Zenadth Kes; archipelago; -10.00; 142.50; -10.8,141.9,-9.2,144.1; AU; Torres Strait Islands
tasman-sea; Tasman Sea; the Tasman|Te Tai-o-Rēhua; sea; -39.00; 160.00; -48.0,147.0,-29.0,173.0; AU|NZ; Tasman Sea
coral-sea; Coral Sea; the Coral Sea; sea; -16.00; 155.00; -30.0,142.0,-9.0,170.0; AU|PG|SB|VU|NC; Coral Sea
arafura-sea; Arafura Sea; Laut Arafura; sea; -9.50; 135.50; -11.5,130.0,-5.5,141.0; AU|ID|PG; Arafura Sea
timor-sea; Timor Sea; Laut Timor|Tasi Mane; sea; -11.50; 127.50; -15.0,122.0,-8.5,131.0; AU|TL|ID; Timor Sea
gulf-of-carpentaria; Gulf of Carpentaria; the Gulf (Carpentaria); gulf; -14.00; 139.00; -17.8,135.5,-10.8,142.0; AU; Gulf of Carpentaria
joseph-bonaparte-gulf; Joseph Bonaparte Gulf; Bonaparte Gulf; gulf; -14.50; 128.80; -15.3,127.5,-13.5,130.0; AU; Joseph Bonaparte Gulf
great-australian-bight; Great Australian Bight; the Bight|the Great Australian Bight; bay; -34.50; 130.50; -38.0,123.0,-31.5,136.0; AU; Great Australian Bight
bass-strait; Bass Strait; the Bass Strait; strait; -39.80; 146.00; -41.0,143.5,-38.5,148.5; AU; Bass Strait
torres-strait; Torres Strait; the Torres Strait; strait; -10.20; 142.20; -10.8,141.0,-9.2,143.5; AU|PG; Torres Strait
spencer-gulf; Spencer Gulf; the Spencer Gulf; gulf; -34.00; 137.00; -35.3,136.0,-32.5,137.8; AU; Spencer Gulf
gulf-st-vincent; Gulf St Vincent; Gulf of St Vincent|Gulf Saint Vincent; gulf; -35.00; 138.10; -35.6,137.6,-34.1,138.55; AU; Gulf St Vincent
shark-bay; Shark Bay; Gathaagudu; bay; -25.40; 113.30; -26.8,112.9,-24.7,114.3; AU; Shark Bay
port-phillip; Port Phillip; Port Phillip Bay; bay; -38.10; 144.85; -38.35,144.4,-37.83,145.15; AU; Port Phillip
moreton-bay; Moreton Bay; Quandamooka; bay; -27.30; 153.25; -27.75,153.05,-26.95,153.45; AU; Moreton Bay
botany-bay; Botany Bay; Kamay; bay; -34.00; 151.18; -34.05,151.1,-33.95,151.25; AU; Botany Bay
southern-alps; Southern Alps; Kā Tiritiri o te Moana|Southern Alps of New Zealand|the Southern Alps; mountain_range; -43.50; 170.50; -45.9,166.8,-41.5,173.5; NZ; Southern Alps
aoraki-mount-cook; Aoraki / Mount Cook; Aoraki|Mount Cook|Aoraki Mount Cook|Mt Cook; mountain; -43.595; 170.142; -43.62,170.12,-43.57,170.17; NZ; Aoraki / Mount Cook
mount-ruapehu; Mount Ruapehu; Ruapehu|Mt Ruapehu; mountain; -39.280; 175.570; -39.32,175.52,-39.24,175.62; NZ; Mount Ruapehu; VLC
mount-taranaki; Mount Taranaki; Mount Egmont|Taranaki Maunga|Mt Taranaki; mountain; -39.296; 174.063; -39.33,174.03,-39.26,174.1; NZ; Mount Taranaki; VLC
franz-josef-glacier; Franz Josef Glacier; Kā Roimata o Hine Hukatere|Franz Josef; glacier; -43.47; 170.18; -43.53,170.12,-43.42,170.25; NZ; Franz Josef Glacier
fiordland; Fiordland; Fiordland National Park|Te Rua-o-te-Moko; region; -45.40; 167.50; -46.3,166.4,-44.3,168.4; NZ; Fiordland
canterbury-plains; Canterbury Plains; the Canterbury Plains; plain; -43.70; 172.00; -44.5,171.0,-42.9,172.9; NZ; Canterbury Plains
coromandel-peninsula; Coromandel Peninsula; the Coromandel|Te Tara-o-te-Ika-a-Māui; peninsula; -36.90; 175.65; -37.3,175.4,-36.45,176.0; NZ; Coromandel Peninsula
cape-reinga; Cape Reinga; Te Rerenga Wairua; cape; -34.43; 172.68; -34.45,172.66,-34.41,172.7; NZ; Cape Reinga
milford-sound; Milford Sound; Piopiotahi; bay; -44.60; 167.85; -44.67,167.7,-44.55,167.95; NZ; Milford Sound; FJD
hauraki-gulf; Hauraki Gulf; Tīkapa Moana|the Hauraki Gulf; gulf; -36.60; 175.10; -37.0,174.7,-36.0,175.7; NZ; Hauraki Gulf
cook-strait; Cook Strait; Te Moana-o-Raukawa|Raukawa Moana; strait; -41.35; 174.45; -41.7,174.0,-40.9,174.9; NZ; Cook Strait
foveaux-strait; Foveaux Strait; Te Ara a Kiwa; strait; -46.65; 168.20; -46.9,167.6,-46.45,168.8; NZ; Foveaux Strait
waikato-river; Waikato River; the Waikato|Waikato; river; -37.79; 175.28; -39.0,174.7,-37.2,176.3; NZ; Waikato River
clutha-river; Clutha River; Mata-Au|the Clutha|Clutha; river; -45.25; 169.38; -46.4,168.9,-44.5,169.9; NZ; Clutha River
lake-taupo; Lake Taupō; Lake Taupo|Taupō-nui-a-Tia|Taupo; lake; -38.80; 175.90; -39.0,175.75,-38.65,176.05; NZ; Lake Taupō
lake-wakatipu; Lake Wakatipu; Whakatipu Waimāori; lake; -45.05; 168.55; -45.5,168.3,-44.8,168.8; NZ; Lake Wakatipu
north-island; North Island; Te Ika-a-Māui|North Island (New Zealand); island; -38.50; 175.60; -41.62,172.6,-34.4,178.6; NZ; North Island
south-island; South Island; Te Waipounamu|South Island (New Zealand); island; -43.50; 171.00; -46.7,166.4,-40.5,174.4; NZ; South Island
stewart-island; Stewart Island; Rakiura; island; -47.00; 167.90; -47.3,167.45,-46.7,168.3; NZ; Stewart Island
new-guinea; New Guinea; Nugini|New Guinea Island|Papua Island|Niu Gini; island; -5.50; 141.00; -10.7,130.9,-0.3,150.9; ID|PG; New Guinea
new-guinea-highlands; New Guinea Highlands; Highlands of New Guinea|Central Range (New Guinea)|Central Cordillera of New Guinea; mountain_range; -5.70; 144.00; -9.5,134.0,-3.5,147.5; ID|PG; New Guinea Highlands
owen-stanley-range; Owen Stanley Range; Owen Stanley Ranges|the Owen Stanleys; mountain_range; -8.80; 147.50; -10.5,145.5,-7.5,150.0; PG; Owen Stanley Range
puncak-jaya; Puncak Jaya; Carstensz Pyramid|Mount Carstensz|Nemangkawi Ninggok|Puncak Carstensz; mountain; -4.079; 137.158; -4.11,137.12,-4.05,137.19; ID; Puncak Jaya
mount-wilhelm; Mount Wilhelm; Enduwa Kombuglu|Mt Wilhelm; mountain; -5.780; 145.030; -5.81,145.0,-5.75,145.06; PG; Mount Wilhelm
fly-river; Fly River; the Fly River; river; -6.12; 141.29; -9.0,140.8,-5.0,143.7; PG|ID; Fly River
sepik-river; Sepik River; the Sepik|Sepik; river; -4.23; 142.83; -5.2,141.0,-3.6,144.6; PG|ID; Sepik River
bismarck-archipelago; Bismarck Archipelago; the Bismarck Archipelago; archipelago; -4.50; 151.50; -6.5,146.5,-1.0,154.5; PG; Bismarck Archipelago
new-britain; New Britain; Niu Briten|Neupommern; island; -5.70; 150.70; -6.35,148.3,-4.1,152.45; PG; New Britain
bismarck-sea; Bismarck Sea; the Bismarck Sea; sea; -3.50; 148.50; -5.0,143.5,-1.5,152.0; PG; Bismarck Sea
solomon-sea; Solomon Sea; the Solomon Sea; sea; -7.50; 152.50; -11.0,147.5,-5.0,157.0; PG|SB; Solomon Sea
hawaiian-islands; Hawaiian Islands; Sandwich Islands|the Hawaiian Islands|Hawaiian archipelago|Hawaiian Island chain; archipelago; 20.80; -156.30; 18.9,-178.4,28.5,-154.8; US; Hawaiian Islands
mauna-kea; Mauna Kea; Maunakea|Mauna a Wākea; mountain; 19.821; -155.468; 19.78,-155.51,19.86,-155.43; US; Mauna Kea; VLC
mauna-loa; Mauna Loa; Mauna Loa volcano; mountain; 19.475; -155.608; 19.4,-155.7,19.55,-155.5; US; Mauna Loa; VLC
kilauea; Kīlauea; Kilauea|Kilauea volcano; mountain; 19.421; -155.287; 19.39,-155.32,19.45,-155.25; US; Kīlauea; VLC
society-islands; Society Islands; Îles de la Société|Society Archipelago; archipelago; -17.60; -149.50; -18.0,-154.8,-15.8,-148.0; PF; Society Islands
marquesas-islands; Marquesas Islands; Îles Marquises|Te Henua 'Enana|the Marquesas|Marquesas; archipelago; -9.40; -140.10; -10.6,-140.9,-7.8,-138.5; PF; Marquesas Islands
tuamotu-archipelago; Tuamotu Archipelago; Tuamotus|Îles Tuamotu|the Tuamotus|Tuamotu Islands; archipelago; -17.00; -143.00; -23.5,-149.5,-14.0,-134.5; PF; Tuamotus
mariana-islands; Mariana Islands; Marianas|the Marianas|Ladrones Islands; archipelago; 15.20; 145.70; 13.2,144.6,20.6,146.1; MP|GU; Mariana Islands
caroline-islands; Caroline Islands; the Carolines|Carolines; archipelago; 7.40; 151.80; 1.0,131.0,10.0,163.1; FM|PW; Caroline Islands
gilbert-islands; Gilbert Islands; Tungaru|the Gilberts|Kingsmill Group; archipelago; 1.40; 173.00; -2.7,172.5,3.5,177.0; KI; Gilbert Islands
easter-island; Easter Island; Rapa Nui|Isla de Pascua|Te Pito o te Henua; island; -27.12; -109.35; -27.21,-109.46,-27.05,-109.22; CL; Easter Island
""")

# ---------------------------------------------------------------------------
# ANTARCTICA
# ---------------------------------------------------------------------------
DATA.append(r"""
@AN
antarctic-peninsula; Antarctic Peninsula; Graham Land|Palmer Land|Tierra de O'Higgins|Antarctic peninsula; peninsula; -67.50; -66.00; -75.5,-76.0,-63.0,-56.0; AQ; Antarctic Peninsula
east-antarctica; East Antarctica; Greater Antarctica|East Antarctic; region; -80.00; 80.00; -90.0,-30.0,-65.0,170.0; AQ; East Antarctica
west-antarctica; West Antarctica; Lesser Antarctica|West Antarctic; region; -80.00; -110.00; -90.0,-170.0,-63.0,-30.0; AQ; West Antarctica
marie-byrd-land; Marie Byrd Land; Byrd Land; region; -80.00; -125.00; -86.0,-158.0,-72.0,-103.0; AQ; Marie Byrd Land
queen-maud-land; Queen Maud Land; Dronning Maud Land|Dronning Maud Land (Antarctica); region; -72.50; 15.00; -90.0,-20.0,-69.5,45.0; AQ; Queen Maud Land
antarctic-plateau; Antarctic Plateau; Polar Plateau|King Haakon VII Plateau|East Antarctic Plateau; plateau; -82.00; 80.00; -90.0,0.0,-75.0,160.0; AQ; Antarctic Plateau
transantarctic-mountains; Transantarctic Mountains; Transantarctic Range|the Transantarctics; mountain_range; -84.50; 170.00; -87.0,155.0,-71.0,-25.0; AQ; Transantarctic Mountains
ellsworth-mountains; Ellsworth Mountains; Ellsworth Range|Sentinel Range; mountain_range; -78.50; -85.50; -80.5,-90.5,-77.0,-80.0; AQ; Ellsworth Mountains
gamburtsev-mountains; Gamburtsev Mountains; Gamburtsev Subglacial Mountains|Gamburtsev Range; mountain_range; -80.50; 76.00; -82.0,70.0,-79.0,82.0; AQ; Gamburtsev Mountain Range
vinson-massif; Vinson Massif; Mount Vinson; mountain; -78.525; -85.617; -78.6,-85.8,-78.45,-85.4; AQ; Vinson Massif
mount-erebus; Mount Erebus; Erebus; mountain; -77.530; 167.150; -77.58,167.0,-77.48,167.3; AQ; Mount Erebus; VLC
ross-island; Ross Island; the Ross Island; island; -77.50; 168.00; -77.9,166.1,-77.2,169.5; AQ; Ross Island
ross-ice-shelf; Ross Ice Shelf; the Ross Ice Shelf|Great Ice Barrier|Ross Barrier; glacier; -81.50; -175.00; -86.0,158.0,-77.5,-146.0; AQ; Ross Ice Shelf
filchner-ronne-ice-shelf; Filchner–Ronne Ice Shelf; Ronne Ice Shelf|Filchner Ice Shelf|Ronne-Filchner Ice Shelf|Filchner-Ronne Ice Shelf; glacier; -79.00; -60.00; -83.0,-84.0,-74.5,-30.0; AQ; Filchner–Ronne Ice Shelf
larsen-ice-shelf; Larsen Ice Shelf; Larsen C|Larsen B|the Larsen Ice Shelf; glacier; -67.50; -62.50; -69.5,-65.0,-64.5,-59.5; AQ; Larsen Ice Shelf
amery-ice-shelf; Amery Ice Shelf; the Amery Ice Shelf; glacier; -69.75; 71.00; -73.0,67.5,-68.5,74.5; AQ; Amery Ice Shelf
thwaites-glacier; Thwaites Glacier; Doomsday Glacier|the Thwaites Glacier; glacier; -75.50; -106.75; -77.0,-110.0,-74.5,-104.0; AQ; Thwaites Glacier
pine-island-glacier; Pine Island Glacier; PIG (glacier); glacier; -75.17; -100.00; -76.0,-102.5,-74.5,-95.0; AQ; Pine Island Glacier
lambert-glacier; Lambert Glacier; the Lambert Glacier; glacier; -73.00; 70.00; -74.5,67.5,-70.5,72.0; AQ; Lambert Glacier
beardmore-glacier; Beardmore Glacier; the Beardmore Glacier; glacier; -84.00; 170.00; -85.1,164.0,-83.3,175.0; AQ; Beardmore Glacier
lake-vostok; Lake Vostok; Vostok Subglacial Lake|Lake Vostok (subglacial); lake; -77.50; 106.00; -78.5,101.0,-76.2,108.5; AQ; Lake Vostok
mcmurdo-dry-valleys; McMurdo Dry Valleys; Dry Valleys|the Dry Valleys|Taylor Valley|Wright Valley; valley; -77.50; 162.00; -78.0,160.5,-77.0,163.5; AQ; McMurdo Dry Valleys
south-shetland-islands; South Shetland Islands; South Shetlands|Islas Shetland del Sur; archipelago; -62.00; -58.50; -63.4,-62.5,-61.0,-54.0; AQ; South Shetland Islands
south-orkney-islands; South Orkney Islands; South Orkneys|Islas Orcadas del Sur; archipelago; -60.60; -45.50; -61.0,-46.8,-60.3,-44.3; AQ; South Orkney Islands
deception-island; Deception Island; Isla Decepción; island; -62.95; -60.63; -63.02,-60.75,-62.9,-60.5; AQ; Deception Island
ross-sea; Ross Sea; the Ross Sea; sea; -75.00; -175.00; -78.5,160.0,-70.0,-150.0; AQ; Ross Sea
weddell-sea; Weddell Sea; the Weddell Sea; sea; -72.00; -45.00; -78.0,-62.0,-60.0,-10.0; AQ; Weddell Sea
amundsen-sea; Amundsen Sea; the Amundsen Sea; sea; -72.50; -112.00; -75.5,-124.0,-70.0,-100.0; AQ; Amundsen Sea
bellingshausen-sea; Bellingshausen Sea; the Bellingshausen Sea; sea; -71.00; -85.00; -74.0,-102.0,-68.0,-68.0; AQ; Bellingshausen Sea
""")

# ---------------------------------------------------------------------------
# OCEANS and seas/straits shared by several continents or in open ocean
# ---------------------------------------------------------------------------
DATA.append(r"""
@OCEAN
pacific-ocean; Pacific Ocean; Pacific|the Pacific|the Pacific Ocean; ocean; 0.00; -160.00; -60.0,117.0,66.0,-70.0; ; Pacific Ocean
atlantic-ocean; Atlantic Ocean; Atlantic|the Atlantic|the Atlantic Ocean; ocean; 0.00; -25.00; -60.0,-98.0,70.0,20.0; ; Atlantic Ocean
indian-ocean; Indian Ocean; the Indian Ocean; ocean; -20.00; 80.00; -60.0,20.0,30.0,147.0; ; Indian Ocean
arctic-ocean; Arctic Ocean; the Arctic Ocean|Arctic Sea; ocean; 85.00; 0.00; 66.0,-180.0,90.0,180.0; ; Arctic Ocean
southern-ocean; Southern Ocean; Antarctic Ocean|Austral Ocean|the Southern Ocean; ocean; -65.00; 0.00; -85.0,-180.0,-60.0,180.0; ; Southern Ocean
arctic; Arctic; the Arctic|Arctic region|High North; region; 90.00; 0.00; 66.5,-180.0,90.0,180.0; RU|US|CA|GL|NO|IS|FI|SE; Arctic
sargasso-sea; Sargasso Sea; the Sargasso Sea; sea; 28.00; -60.00; 20.0,-75.0,35.0,-40.0; BM; Sargasso Sea
greenland-sea; Greenland Sea; the Greenland Sea; sea; 76.00; -8.00; 66.5,-30.0,80.0,12.0; GL|NO|IS; Greenland Sea
bering-sea; Bering Sea; the Bering Sea|Beringovo More; sea; 58.00; -178.00; 51.0,162.0,66.5,-157.0; RU|US; Bering Sea
bering-strait; Bering Strait; Beringov Proliv|the Bering Strait; strait; 65.75; -168.75; 65.5,-170.0,66.2,-167.5; RU|US; Bering Strait
chukchi-sea; Chukchi Sea; Chukotskoye More|the Chukchi Sea; sea; 69.50; -170.00; 65.5,176.0,74.0,-156.0; RU|US; Chukchi Sea
drake-passage; Drake Passage; Mar de Hoces|Sea of Hoces|the Drake Passage; strait; -58.00; -65.00; -62.5,-70.0,-55.5,-55.0; CL|AR|AQ; Drake Passage
red-sea; Red Sea; Erythraean Sea|Al-Bahr al-Ahmar|the Red Sea; sea; 20.00; 38.50; 12.5,32.3,30.0,43.5; EG|SD|ER|SA|YE|DJ|JO|IL; Red Sea
gulf-of-aden; Gulf of Aden; Gulf of Berbera|Khalij Adan; gulf; 12.50; 48.00; 10.5,43.3,14.8,51.3; YE|SO|DJ; Gulf of Aden
bab-el-mandeb; Bab-el-Mandeb; Bab al-Mandab|Bab el-Mandeb|Mandeb Strait|Bab-el-Mandeb Strait|Strait of Bab-el-Mandeb; strait; 12.58; 43.33; 12.3,43.1,12.9,43.6; YE|DJ|ER; Bab-el-Mandeb
mediterranean-sea; Mediterranean Sea; Mediterranean|the Mediterranean|the Med|Mare Nostrum|Mare Mediterraneum|Mediterranean sea; sea; 35.00; 18.00; 30.0,-5.6,45.8,36.2; ES|FR|MC|IT|MT|SI|HR|BA|ME|AL|GR|TR|CY|SY|LB|IL|PS|EG|LY|TN|DZ|MA|GI; Mediterranean Sea
levantine-sea; Levantine Sea; Levantine Basin|Eastern Mediterranean Sea; sea; 34.00; 32.00; 30.5,26.0,37.0,36.2; CY|TR|SY|LB|IL|PS|EG|LY|GR; Levantine Sea
kerguelen-islands; Kerguelen Islands; Desolation Islands|Îles Kerguelen|Kerguelen; archipelago; -49.35; 69.50; -50.0,68.4,-48.4,70.6; TF; Kerguelen Islands
chagos-archipelago; Chagos Archipelago; Chagos Islands|Oil Islands|Chagos; archipelago; -6.30; 72.00; -7.5,71.2,-4.9,72.6; IO|MU; Chagos Archipelago
diego-garcia; Diego Garcia; Diego Garcia atoll; island; -7.32; 72.42; -7.45,72.35,-7.22,72.5; IO; Diego Garcia
""")

# ---------------------------------------------------------------------------
# AFRICA 2: further lakes, rivers, coasts, islands, Madagascar
# ---------------------------------------------------------------------------
DATA.append(r"""
@AF
lualaba-river; Lualaba River; Upper Congo River|the Lualaba; river; -2.95; 25.92; -11.5,24.5,0.5,27.5; CD; Lualaba River
shire-river; Shire River; the Shire River|Chire River; river; -15.07; 35.23; -17.6,34.9,-14.4,35.6; MW|MZ; Shire River
sobat-river; Sobat River; the Sobat|Sobat; river; 8.60; 33.07; 7.5,31.3,9.4,35.0; SS|ET; Sobat River
lake-baringo; Lake Baringo; Baringo Lake; lake; 0.63; 36.08; 0.5,35.98,0.75,36.15; KE; Lake Baringo
lake-abaya; Lake Abaya; Abaya Hayk|Lake Margherita; lake; 6.30; 37.85; 5.9,37.6,6.65,38.1; ET; Lake Abaya
lake-ziway; Lake Ziway; Lake Zway|Dambal; lake; 7.95; 38.75; 7.8,38.65,8.1,38.95; ET; Lake Ziway
lake-rukwa; Lake Rukwa; Rukwa Lake; lake; -8.00; 32.40; -8.8,31.9,-7.3,32.9; TZ; Lake Rukwa; LKN
lake-chilwa; Lake Chilwa; Chilwa Lake; lake; -15.30; 35.70; -15.55,35.55,-15.0,35.9; MW|MZ; Lake Chilwa
kainji-lake; Kainji Lake; Kainji Reservoir|Lake Kainji; lake; 10.40; 4.60; 9.85,4.4,10.95,4.8; NG; Kainji Lake; RSV
lake-manzala; Lake Manzala; Manzala Lake|Buhayrat al-Manzilah; lake; 31.25; 32.05; 31.05,31.75,31.45,32.3; EG; Lake Manzala; LGN
lake-burullus; Lake Burullus; Burullus Lake|Lake Borollos; lake; 31.45; 30.80; 31.35,30.5,31.6,31.15; EG; Lake Burullus; LGN
lake-bardawil; Lake Bardawil; Sabkhat al-Bardawil|Bardawil Lagoon; lake; 31.15; 33.20; 31.0,32.8,31.25,33.6; EG; Lake Bardawil; LGN
great-bitter-lake; Great Bitter Lake; Al-Buhayrah al-Murra al-Kubra|Great Bitter Lakes; lake; 30.35; 32.40; 30.25,32.3,30.45,32.5; EG; Great Bitter Lake; LKN
ol-doinyo-lengai; Ol Doinyo Lengai; Oldoinyo Lengai|Mountain of God; mountain; -2.764; 35.914; -2.8,35.88,-2.73,35.95; TZ; Ol Doinyo Lengai; VLC
mount-nimba; Mount Nimba; Nimba Range|Mont Nimba|Nimba Mountains; mountain; 7.60; -8.42; 7.4,-8.6,7.8,-8.3; GN|CI|LR; Mount Nimba
mount-bintumani; Mount Bintumani; Loma Mansa|Bintumani|Loma Mountains; mountain; 9.17; -11.12; 9.1,-11.2,9.25,-11.05; SL; Mount Bintumani
erg-chebbi; Erg Chebbi; Chebbi dunes|Merzouga dunes; desert; 31.15; -3.98; 30.95,-4.05,31.3,-3.9; MA; Erg Chebbi
albertine-rift; Albertine Rift; Western Rift Valley|Western Rift (East African Rift); valley; -1.00; 29.50; -9.0,27.5,4.0,31.5; CD|UG|RW|BI|TZ; Albertine Rift
gregory-rift; Gregory Rift; Kenya Rift|Eastern Rift Valley|Gregory Rift Valley; valley; 0.00; 36.10; -4.0,35.0,4.5,37.0; KE|TZ; Gregory Rift
bushveld; Bushveld; the Bushveld|Bushveld plateau; region; -24.50; 28.00; -26.0,25.5,-22.5,30.5; ZA; Bushveld
lowveld; Lowveld; the Lowveld|Laeveld; region; -24.50; 31.00; -27.5,30.3,-22.3,32.3; ZA|SZ|MZ; Lowveld
garden-route; Garden Route; the Garden Route|Tuinroete; region; -34.00; 22.50; -34.2,21.0,-33.6,24.3; ZA; Garden Route
wild-coast; Wild Coast; the Wild Coast|Transkei coast; region; -32.00; 29.00; -33.2,27.5,-31.0,30.2; ZA; Wild Coast
namaqualand; Namaqualand; Namaland|Namaqualand region; region; -30.00; 17.80; -31.5,16.5,-27.0,20.0; ZA|NA; Namaqualand
central-highlands-madagascar; Central Highlands of Madagascar; Malagasy Highlands|Hauts-Plateaux|Central Plateau of Madagascar; plateau; -19.50; 47.00; -24.0,45.5,-14.5,49.0; MG; Central Highlands (Madagascar)
tsaratanana-massif; Tsaratanana Massif; Maromokotro|Tsaratanana|Tsaratanana Mountains; mountain_range; -14.02; 48.97; -14.3,48.6,-13.7,49.3; MG; Tsaratanana Massif
cap-dambre; Cap d'Ambre; Cape Amber|Tanjona Bobaomby; cape; -11.95; 49.26; -11.97,49.24,-11.93,49.28; MG; Cap d'Ambre
cape-sainte-marie; Cape Sainte Marie; Cap Sainte-Marie|Tanjona Vohimena; cape; -25.60; 45.15; -25.62,45.12,-25.58,45.18; MG; Cape Sainte Marie
pointe-des-almadies; Pointe des Almadies; Cap-Vert peninsula tip|Almadies Point; cape; 14.74; -17.53; 14.72,-17.55,14.76,-17.51; SN; Pointe des Almadies
ras-nouadhibou; Ras Nouadhibou; Cap Blanc|Cape Blanc (Mauritania)|Ras Nouadhibou peninsula; peninsula; 20.85; -17.05; 20.77,-17.1,21.1,-16.95; MR|EH; Ras Nouadhibou
cape-bojador; Cape Bojador; Cabo Bojador|Boujdour Cape; cape; 26.13; -14.50; 26.11,-14.52,26.15,-14.48; EH; Cape Bojador
cape-spartel; Cape Spartel; Cap Spartel|Ras Achakkar; cape; 35.79; -5.92; 35.77,-5.94,35.81,-5.9; MA; Cape Spartel
ras-hafun; Ras Hafun; Cape Hafun|Hafun peninsula; cape; 10.44; 51.40; 10.35,51.3,10.5,51.45; SO; Ras Hafun
ras-banas; Ras Banas; Ras Banas peninsula|Cape Banas; peninsula; 23.90; 35.60; 23.8,35.45,24.0,35.85; EG; Ras Banas
cape-palmas; Cape Palmas; Cabo das Palmas; cape; 4.37; -7.73; 4.35,-7.75,4.39,-7.71; LR; Cape Palmas
cape-three-points; Cape Three Points; Cabo das Três Pontas; cape; 4.74; -2.09; 4.72,-2.11,4.76,-2.07; GH; Cape Three Points
pemba-island; Pemba Island; Al-Jazira al-Khadra|Green Island (Pemba); island; -5.20; 39.75; -5.5,39.55,-4.85,39.9; TZ; Pemba Island
mafia-island; Mafia Island; Chole Shamba; island; -7.85; 39.75; -8.0,39.6,-7.65,39.95; TZ; Mafia Island
lamu-archipelago; Lamu Archipelago; Lamu Islands; archipelago; -2.20; 40.95; -2.35,40.7,-1.9,41.25; KE; Lamu Archipelago
bazaruto-archipelago; Bazaruto Archipelago; Bazaruto Islands|Bazaruto; archipelago; -21.70; 35.45; -22.1,35.3,-21.45,35.55; MZ; Bazaruto Archipelago
kerkennah-islands; Kerkennah Islands; Kerkennah|Qarqannah; archipelago; 34.70; 11.20; 34.6,10.95,34.85,11.35; TN; Kerkennah Islands
djerba; Djerba; Jerba|Djerba Island|Island of the Lotus-Eaters; island; 33.80; 10.85; 33.63,10.7,33.92,11.08; TN; Djerba
robben-island; Robben Island; Robbeneiland; island; -33.80; 18.37; -33.82,18.36,-33.79,18.38; ZA; Robben Island
gulf-of-hammamet; Gulf of Hammamet; Golfe d'Hammamet; gulf; 36.10; 10.80; 35.6,10.4,36.5,11.1; TN; Gulf of Hammamet
gulf-of-tunis; Gulf of Tunis; Golfe de Tunis; gulf; 36.95; 10.40; 36.8,10.15,37.2,10.9; TN; Gulf of Tunis
table-bay; Table Bay; Tafelbaai; bay; -33.85; 18.45; -33.92,18.35,-33.78,18.5; ZA; Table Bay
algoa-bay; Algoa Bay; Algoabaai; bay; -33.85; 25.80; -34.0,25.6,-33.7,26.3; ZA; Algoa Bay
""")

# ---------------------------------------------------------------------------
# SOUTH AMERICA 2: further peaks, rivers, lakes, islands
# ---------------------------------------------------------------------------
DATA.append(r"""
@SA
the-guianas; Guianas; the Guianas|Guyanas; region; 4.50; -56.50; 1.0,-61.5,8.6,-51.5; GY|SR|FR; The Guianas
chapada-diamantina; Chapada Diamantina; Chapada Diamantina plateau; plateau; -12.50; -41.50; -14.5,-42.5,-10.5,-40.8; BR; Chapada Diamantina
chapada-dos-veadeiros; Chapada dos Veadeiros; Veadeiros plateau; plateau; -14.10; -47.60; -14.4,-48.0,-13.8,-47.3; BR; Chapada dos Veadeiros National Park
planalto-central; Planalto Central; Central Plateau (Brazil)|Brazilian Central Plateau; plateau; -15.80; -47.90; -18.0,-50.0,-13.5,-45.5; BR; Brazilian Highlands
serra-da-mantiqueira; Serra da Mantiqueira; Mantiqueira Mountains|Mantiqueira Range; mountain_range; -22.50; -45.00; -23.0,-46.5,-21.5,-43.5; BR; Serra da Mantiqueira
cerro-torre; Cerro Torre; the Cerro Torre; mountain; -49.293; -73.098; -49.32,-73.13,-49.27,-73.07; AR|CL; Cerro Torre
parinacota; Parinacota; Parinacota Volcano|Volcán Parinacota; mountain; -18.170; -69.140; -18.2,-69.18,-18.14,-69.1; CL|BO; Parinacota Volcano; VLC
licancabur; Licancabur; Licancabur Volcano|Volcán Licancabur; mountain; -22.830; -67.880; -22.86,-67.91,-22.8,-67.85; CL|BO; Licancabur; VLC
lascar-volcano; Lascar; Lascar Volcano|Volcán Láscar|Láscar; mountain; -23.370; -67.730; -23.4,-67.76,-23.34,-67.7; CL; Lascar (volcano); VLC
sangay; Sangay; Sangay Volcano|Volcán Sangay; mountain; -2.002; -78.341; -2.04,-78.38,-1.97,-78.3; EC; Sangay; VLC
cayambe; Cayambe; Cayambe volcano|Volcán Cayambe; mountain; 0.029; -77.986; -0.01,-78.02,0.07,-77.95; EC; Cayambe (volcano); VLC
pichincha; Pichincha; Guagua Pichincha|Rucu Pichincha|Pichincha volcano; mountain; -0.171; -78.598; -0.21,-78.64,-0.13,-78.56; EC; Pichincha (volcano); VLC
yerupaja; Yerupajá; Yerupaja; mountain; -10.266; -76.905; -10.3,-76.94,-10.23,-76.87; PE; Yerupajá
salcantay; Salcantay; Salkantay|Nevado Salcantay; mountain; -13.334; -72.545; -13.37,-72.58,-13.3,-72.51; PE; Salcantay
ausangate; Ausangate; Nevado Ausangate; mountain; -13.790; -71.230; -13.83,-71.27,-13.75,-71.19; PE; Ausangate
huayna-potosi; Huayna Potosí; Huayna Potosi; mountain; -16.260; -68.150; -16.3,-68.19,-16.22,-68.11; BO; Huayna Potosí
cerro-rico; Cerro Rico; Cerro de Potosí|Sumaj Orcko; mountain; -19.620; -65.750; -19.64,-65.77,-19.6,-65.73; BO; Cerro Rico
pico-cristobal-colon; Pico Cristóbal Colón; Pico Cristobal Colon; mountain; 10.838; -73.687; 10.8,-73.72,10.87,-73.65; CO; Pico Cristóbal Colón
calbuco; Calbuco; Calbuco Volcano|Volcán Calbuco; mountain; -41.330; -72.610; -41.37,-72.65,-41.29,-72.57; CL; Calbuco (volcano); VLC
lanin; Lanín; Lanin|Volcán Lanín; mountain; -39.637; -71.502; -39.67,-71.54,-39.6,-71.46; AR|CL; Lanín; VLC
tupungato; Tupungato; Cerro Tupungato; mountain; -33.358; -69.770; -33.39,-69.8,-33.33,-69.74; AR|CL; Tupungato
mercedario; Mercedario; Cerro Mercedario; mountain; -31.979; -70.113; -32.01,-70.15,-31.95,-70.08; AR; Mercedario
monte-pissis; Monte Pissis; Pissis|Cerro Pissis; mountain; -27.750; -68.800; -27.79,-68.84,-27.71,-68.76; AR; Monte Pissis; VLC
apure-river; Apure River; Río Apure|the Apure; river; 7.89; -67.47; 6.5,-72.5,8.3,-66.5; VE; Apure River
guaviare-river; Guaviare River; Río Guaviare|the Guaviare; river; 2.57; -72.64; 2.0,-74.5,4.1,-67.6; CO; Guaviare River
putumayo-river; Putumayo River; Río Putumayo|Içá River|Rio Içá; river; -0.19; -74.78; -3.2,-77.2,1.2,-67.9; CO|PE|EC|BR; Putumayo River
napo-river; Napo River; Río Napo|the Napo; river; -0.92; -75.40; -3.4,-78.6,-0.3,-72.8; EC|PE; Napo River
huallaga-river; Huallaga River; Río Huallaga; river; -9.30; -76.00; -11.0,-76.6,-5.0,-75.4; PE; Huallaga River
urubamba-river; Urubamba River; Río Urubamba|Vilcanota River|Willkanuta; river; -13.155; -72.525; -14.6,-73.7,-10.7,-71.0; PE; Urubamba River
madre-de-dios-river; Madre de Dios River; Río Madre de Dios; river; -12.59; -69.18; -13.0,-71.5,-10.9,-65.9; PE|BO; Madre de Dios River
beni-river; Beni River; Río Beni; river; -11.00; -66.07; -16.8,-68.5,-10.3,-65.3; BO; Beni River
mamore-river; Mamoré River; Río Mamoré|Mamore River; river; -10.82; -65.35; -17.5,-66.0,-10.3,-63.5; BO|BR; Mamoré River
jurua-river; Juruá River; Rio Juruá|Jurua River|Río Yuruá; river; -7.63; -72.67; -10.6,-74.0,-2.6,-65.7; PE|BR; Juruá River
tiete-river; Tietê River; Rio Tietê|Tiete River; river; -22.49; -48.56; -23.7,-51.6,-20.6,-45.9; BR; Tietê River
doce-river; Doce River; Rio Doce; river; -18.85; -41.95; -21.0,-43.9,-18.2,-39.8; BR; Doce River
chubut-river; Chubut River; Río Chubut; river; -43.25; -65.30; -43.8,-71.5,-41.8,-65.0; AR; Chubut River
loa-river; Loa River; Río Loa; river; -22.46; -68.93; -22.9,-70.3,-21.0,-68.0; CL; Loa River
atrato-river; Atrato River; Río Atrato; river; 5.69; -76.66; 5.3,-77.2,8.2,-76.3; CO; Atrato River
maroni-river; Maroni River; Marowijne River|Marowijne|Maroni; river; 5.15; -54.34; 2.1,-55.0,5.8,-53.9; SR|FR; Maroni River
laguna-colorada; Laguna Colorada; Red Lagoon; lake; -22.20; -67.78; -22.25,-67.85,-22.15,-67.73; BO; Laguna Colorada; LKN
lake-villarrica; Lake Villarrica; Lago Villarrica; lake; -39.25; -72.10; -39.33,-72.25,-39.18,-71.95; CL; Villarrica Lake
lake-fagnano; Lake Fagnano; Lago Fagnano|Lago Kami|Lago Cami; lake; -54.55; -67.70; -54.65,-68.6,-54.45,-66.8; AR|CL; Lake Fagnano
lake-valencia; Lake Valencia; Lago de Valencia|Lago de Tacarigua; lake; 10.18; -67.75; 10.08,-67.9,10.28,-67.57; VE; Lake Valencia
mirim-lagoon; Mirim Lagoon; Lagoa Mirim|Laguna Merín|Lake Merin; lake; -32.70; -53.00; -33.6,-53.6,-32.1,-52.5; BR|UY; Mirim Lagoon; LGN
juan-fernandez-islands; Juan Fernández Islands; Juan Fernandez Islands|Archipiélago Juan Fernández|Robinson Crusoe Islands; archipelago; -33.62; -78.85; -33.8,-80.8,-33.55,-78.75; CL; Juan Fernández Islands
los-roques; Los Roques Archipelago; Los Roques|Archipiélago Los Roques; archipelago; 11.85; -66.75; 11.75,-66.95,11.98,-66.55; VE; Los Roques archipelago
margarita-island; Margarita Island; Isla de Margarita|Isla Margarita; island; 11.00; -63.90; 10.85,-64.42,11.18,-63.77; VE; Margarita Island
punta-gallinas; Punta Gallinas; Cape Gallinas; cape; 12.46; -71.67; 12.44,-71.69,12.48,-71.65; CO; Punta Gallinas
cape-sao-roque; Cape São Roque; Cabo de São Roque|Cape Sao Roque; cape; -5.48; -35.26; -5.5,-35.28,-5.46,-35.24; BR; Cape São Roque
cotahuasi-canyon; Cotahuasi Canyon; Cañón de Cotahuasi; canyon; -15.20; -72.90; -15.4,-73.1,-15.0,-72.7; PE; Cotahuasi Canyon
quelccaya-ice-cap; Quelccaya Ice Cap; Quelccaya Glacier|Quelccaya; glacier; -13.93; -70.82; -14.0,-70.9,-13.87,-70.75; PE; Quelccaya Ice Cap
upsala-glacier; Upsala Glacier; Glaciar Upsala; glacier; -49.90; -73.30; -50.1,-73.5,-49.6,-73.1; AR; Upsala Glacier
tatacoa-desert; Tatacoa Desert; Desierto de la Tatacoa|La Tatacoa; desert; 3.23; -75.17; 3.15,-75.25,3.35,-75.05; CO; Tatacoa Desert
""")

# ---------------------------------------------------------------------------
# OCEANIA 2: further rivers, lakes, regions, peninsulas, islands
# ---------------------------------------------------------------------------
DATA.append(r"""
@OC
top-end; Top End; the Top End; region; -13.50; 132.50; -16.5,129.0,-11.0,136.9; AU; Top End
red-centre; Red Centre; the Red Centre; region; -24.00; 133.50; -26.0,129.0,-22.0,138.0; AU; Red Centre
riverina; Riverina; the Riverina; region; -35.00; 146.00; -36.0,143.5,-33.5,148.5; AU; Riverina
gippsland; Gippsland; the Gippsland region; region; -38.00; 147.00; -39.2,145.4,-36.9,149.98; AU; Gippsland
barossa-valley; Barossa Valley; the Barossa|Barossa; valley; -34.53; 138.95; -34.7,138.8,-34.4,139.1; AU; Barossa Valley
hunter-valley; Hunter Valley; Hunter Region valley|the Hunter Valley; valley; -32.70; 151.20; -33.0,150.3,-32.0,151.8; AU; Hunter Valley
yarra-valley; Yarra Valley; the Yarra Valley; valley; -37.70; 145.50; -37.9,145.2,-37.5,145.8; AU; Yarra Valley
kakadu; Kakadu; Kakadu National Park|Kakadu region; region; -12.80; 132.60; -14.0,131.9,-12.0,133.0; AU; Kakadu National Park
daintree-rainforest; Daintree Rainforest; the Daintree|Daintree; forest; -16.20; 145.40; -16.5,145.1,-15.9,145.5; AU; Daintree Rainforest
tarkine; Tarkine; takayna|the Tarkine; forest; -41.50; 145.10; -41.9,144.6,-40.9,145.5; AU; Tarkine
atherton-tableland; Atherton Tableland; Atherton Tablelands; plateau; -17.30; 145.50; -17.9,145.2,-16.9,145.8; AU; Atherton Tableland
darling-downs; Darling Downs; the Darling Downs; plain; -27.50; 151.50; -28.9,149.5,-26.5,152.1; AU; Darling Downs
eyre-peninsula; Eyre Peninsula; the Eyre Peninsula; peninsula; -33.50; 135.80; -35.0,133.5,-32.0,137.9; AU; Eyre Peninsula
yorke-peninsula; Yorke Peninsula; the Yorke Peninsula; peninsula; -34.50; 137.60; -35.3,136.8,-33.7,138.0; AU; Yorke Peninsula
mornington-peninsula; Mornington Peninsula; the Mornington Peninsula; peninsula; -38.35; 145.00; -38.5,144.65,-38.15,145.25; AU; Mornington Peninsula
fleurieu-peninsula; Fleurieu Peninsula; the Fleurieu Peninsula; peninsula; -35.45; 138.45; -35.7,138.1,-35.1,138.95; AU; Fleurieu Peninsula
tasman-peninsula; Tasman Peninsula; the Tasman Peninsula; peninsula; -43.10; 147.85; -43.25,147.65,-42.95,148.05; AU; Tasman Peninsula
bungle-bungle-range; Bungle Bungle Range; Bungle Bungles|Purnululu; mountain_range; -17.50; 128.40; -17.7,128.2,-17.25,128.7; AU; Bungle Bungle Range
grampians; Grampians; Gariwerd|Grampians Range|the Grampians; mountain_range; -37.20; 142.50; -37.6,142.2,-36.9,142.7; AU; Grampians National Park
cradle-mountain; Cradle Mountain; the Cradle; mountain; -41.685; 145.951; -41.7,145.93,-41.67,145.97; AU; Cradle Mountain
kunanyi-mount-wellington; kunanyi / Mount Wellington; Mount Wellington|kunanyi; mountain; -42.896; 147.237; -42.92,147.21,-42.87,147.26; AU; kunanyi / Mount Wellington
lachlan-river; Lachlan River; the Lachlan|Kalare; river; -33.38; 148.01; -34.5,143.5,-32.9,149.7; AU; Lachlan River
derwent-river; Derwent River; River Derwent (Tasmania)|timtumili minanya; river; -42.78; 147.06; -43.05,146.0,-42.0,147.4; AU; Derwent River (Tasmania)
victoria-river; Victoria River; Victoria River (Northern Territory); river; -15.65; 130.48; -18.0,129.5,-14.9,131.8; AU; Victoria River (Northern Territory)
ord-river; Ord River; the Ord; river; -15.78; 128.74; -18.3,127.4,-14.9,129.0; AU; Ord River
diamantina-river; Diamantina River; the Diamantina; river; -25.90; 139.35; -27.5,138.0,-20.3,143.5; AU; Diamantina River
lake-frome; Lake Frome; ; lake; -30.70; 139.80; -31.3,139.6,-29.9,140.1; AU; Lake Frome; LKN
lake-mackay; Lake Mackay; Wilkinkarra; lake; -22.50; 128.60; -22.9,128.1,-22.1,129.2; AU; Lake Mackay; LKN
lake-amadeus; Lake Amadeus; Amadeus salt lake; lake; -24.80; 130.60; -25.0,129.6,-24.5,131.3; AU; Lake Amadeus; LKN
lake-hume; Lake Hume; Hume Reservoir|Hume Weir lake; lake; -36.10; 147.10; -36.2,147.0,-36.0,147.3; AU; Lake Hume; RSV
lake-rotorua; Lake Rotorua; Te Rotorua-nui-a-Kahumatamomoe; lake; -38.08; 176.27; -38.14,176.2,-38.02,176.33; NZ; Lake Rotorua
lake-te-anau; Lake Te Anau; Te Ana-au; lake; -45.20; 167.80; -45.5,167.6,-44.95,167.9; NZ; Lake Te Anau
lake-wanaka; Lake Wānaka; Lake Wanaka; lake; -44.50; 169.12; -44.75,168.95,-44.3,169.25; NZ; Lake Wānaka
lake-pukaki; Lake Pukaki; Pūkaki; lake; -44.10; 170.17; -44.25,170.1,-43.95,170.25; NZ; Lake Pukaki
lake-tekapo; Lake Tekapo; Takapō; lake; -43.93; 170.52; -44.05,170.45,-43.8,170.6; NZ; Lake Tekapo
lake-murray-png; Lake Murray; Lake Murray (Papua New Guinea); lake; -7.00; 141.50; -7.3,141.3,-6.6,141.6; PG; Lake Murray (Papua New Guinea)
mount-tongariro; Mount Tongariro; Tongariro; mountain; -39.130; 175.640; -39.16,175.6,-39.1,175.68; NZ; Mount Tongariro; VLC
whakaari; Whakaari / White Island; White Island|Whakaari; mountain; -37.520; 177.180; -37.53,177.17,-37.51,177.2; NZ; Whakaari / White Island; VLC
mount-aspiring; Mount Aspiring / Tititea; Mount Aspiring|Tititea; mountain; -44.384; 168.728; -44.41,168.7,-44.36,168.76; NZ; Mount Aspiring / Tititea
tasman-glacier; Tasman Glacier; Haupapa; glacier; -43.60; 170.20; -43.75,170.1,-43.45,170.3; NZ; Tasman Glacier
marlborough-sounds; Marlborough Sounds; the Marlborough Sounds|Te Tau Ihu sounds; bay; -41.10; 174.00; -41.35,173.6,-40.75,174.4; NZ; Marlborough Sounds; SD
bay-of-islands; Bay of Islands; Pewhairangi; bay; -35.22; 174.15; -35.3,174.0,-35.1,174.3; NZ; Bay of Islands
tasman-bay; Tasman Bay / Te Tai-o-Aorere; Tasman Bay|Te Tai-o-Aorere; bay; -41.10; 173.10; -41.3,172.9,-40.8,173.4; NZ; Tasman Bay / Te Tai-o-Aorere
golden-bay; Golden Bay / Mohua; Golden Bay|Mohua; bay; -40.70; 172.80; -40.9,172.6,-40.5,173.0; NZ; Golden Bay / Mohua
doubtful-sound; Doubtful Sound / Patea; Doubtful Sound; bay; -45.30; 166.98; -45.45,166.85,-45.2,167.15; NZ; Doubtful Sound / Patea; FJD
kermadec-islands; Kermadec Islands; Rangitāhua|the Kermadecs; archipelago; -29.30; -177.90; -31.4,-179.0,-29.2,-177.8; NZ; Kermadec Islands
lord-howe-island; Lord Howe Island; Lord Howe; island; -31.55; 159.08; -31.6,159.04,-31.5,159.12; AU; Lord Howe Island
macquarie-island; Macquarie Island; ; island; -54.63; 158.86; -54.78,158.82,-54.48,158.97; AU; Macquarie Island
huon-peninsula; Huon Peninsula; the Huon Peninsula; peninsula; -6.30; 147.20; -6.8,146.5,-5.8,147.9; PG; Huon Peninsula
gazelle-peninsula; Gazelle Peninsula; the Gazelle Peninsula; peninsula; -4.40; 152.00; -4.9,151.3,-4.15,152.4; PG; Gazelle Peninsula
trobriand-islands; Trobriand Islands; Kiriwina Islands|the Trobriands; archipelago; -8.60; 151.05; -8.9,150.9,-8.3,151.3; PG; Trobriand Islands
admiralty-islands; Admiralty Islands; the Admiralties; archipelago; -2.10; 147.00; -2.8,146.0,-1.5,147.9; PG; Admiralty Islands
louisiade-archipelago; Louisiade Archipelago; the Louisiades; archipelago; -11.20; 153.00; -11.7,150.9,-10.3,154.4; PG; Louisiade Archipelago
dentrecasteaux-islands; D'Entrecasteaux Islands; D'Entrecasteaux Archipelago; archipelago; -9.60; 150.70; -10.1,150.0,-9.2,151.3; PG; D'Entrecasteaux Islands
viti-levu; Viti Levu; ; island; -17.80; 178.00; -18.3,177.2,-17.3,178.7; FJ; Viti Levu
vanua-levu; Vanua Levu; Great Land (Fiji); island; -16.60; 179.20; -17.1,178.4,-16.1,180.0; FJ; Vanua Levu
espiritu-santo; Espiritu Santo; Espíritu Santo (Vanuatu); island; -15.40; 166.90; -15.7,166.5,-14.6,167.25; VU; Espiritu Santo
tahiti; Tahiti; Tahiti Island|Otaheite; island; -17.65; -149.43; -17.9,-149.65,-17.5,-149.15; PF; Tahiti
bora-bora; Bora Bora; Pora Pora|Bora-Bora; island; -16.50; -151.74; -16.56,-151.8,-16.44,-151.68; PF; Bora Bora
bikini-atoll; Bikini Atoll; Pikinni Atoll; island; 11.60; 165.40; 11.5,165.2,11.7,165.6; MH; Bikini Atoll; ATOL
midway-atoll; Midway Atoll; Midway Islands; island; 28.21; -177.37; 28.18,-177.42,28.24,-177.3; UM; Midway Atoll; ATOL
wake-island; Wake Island; Wake Atoll|Ānen Kio; island; 19.29; 166.62; 19.27,166.59,19.32,166.66; UM; Wake Island; ATOL
kiritimati; Kiritimati; Christmas Island (Kiribati)|Christmas Atoll; island; 1.87; -157.40; 1.7,-157.6,2.05,-157.15; KI; Kiritimati; ATOL
phoenix-islands; Phoenix Islands; Rawaki|the Phoenix Islands; archipelago; -3.70; -172.00; -4.8,-174.6,-2.7,-170.7; KI; Phoenix Islands
""")

# ---------------------------------------------------------------------------
# ANTARCTICA 2 and Southern Ocean seas
# ---------------------------------------------------------------------------
DATA.append(r"""
@AN
victoria-land; Victoria Land; the Victoria Land; region; -75.00; 160.00; -79.0,155.0,-70.5,171.0; AQ; Victoria Land
wilkes-land; Wilkes Land; the Wilkes Land; region; -69.00; 120.00; -90.0,100.0,-65.0,136.0; AQ; Wilkes Land
ellsworth-land; Ellsworth Land; the Ellsworth Land; region; -75.00; -80.00; -80.0,-103.0,-72.0,-72.0; AQ; Ellsworth Land
coats-land; Coats Land; the Coats Land; region; -77.00; -25.00; -80.0,-36.0,-73.0,-20.0; AQ; Coats Land
dome-argus; Dome Argus; Dome A|Dome Argus (Antarctica); plateau; -80.37; 77.35; -80.6,76.5,-80.1,78.2; AQ; Dome A
prydz-bay; Prydz Bay; the Prydz Bay; bay; -68.50; 74.50; -69.7,72.0,-66.5,80.0; AQ; Prydz Bay
mcmurdo-sound; McMurdo Sound; the McMurdo Sound; bay; -77.50; 165.50; -78.0,163.5,-76.9,167.0; AQ; McMurdo Sound; SD
""")
DATA.append(r"""
@OCEAN
scotia-sea; Scotia Sea; the Scotia Sea; sea; -57.00; -45.00; -61.0,-65.0,-53.0,-25.0; GS|FK|AQ|AR; Scotia Sea
""")

# ---------------------------------------------------------------------------
# table -> CSV
# ---------------------------------------------------------------------------
RIVER_WORDS = ("River", "Creek", "Rio ", "Río ", "Shatt ", "Darya", "Rud")


def _fmt_coord(value: float) -> str:
    text = f"{value:.4f}".rstrip("0")
    whole, _, frac = text.partition(".")
    return f"{whole}.{frac.ljust(2, '0')}"


def _aliases(name: str, kind: str, raw: str) -> list[str]:
    auto = True
    if raw.startswith("!"):
        auto, raw = False, raw[1:]
    out: list[str] = []
    seen = {name.casefold()}

    def add(alias: str) -> None:
        alias = alias.strip()
        # parenthesised disambiguators never occur in running text
        if not alias or "(" in alias or ")" in alias:
            return
        if alias.casefold() in seen:
            return
        seen.add(alias.casefold())
        out.append(alias)

    for alias in raw.split("|"):
        add(alias)
    if auto:
        if kind == "river" and not any(w in name for w in RIVER_WORDS):
            add(f"{name} River")
            if " " not in name:
                add(f"River {name}")
            add(f"the {name}")
        elif kind in THE_KINDS and not name.startswith(NO_THE_PREFIXES) \
                and not name.startswith("The ") \
                and (kind != "peninsula" or "Peninsula" in name) \
                and (kind != "glacier" or "Glacier" in name or "Ice" in name):
            add(f"the {name}")
    return out


def build_rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    continent = None
    for block in DATA:
        for lineno, line in enumerate(block.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                continent = line[1:].strip()
                continue
            fields = [f.strip() for f in line.split(";")]
            if len(fields) == 9:
                fields.append("")
            if len(fields) != 10:
                raise ValueError(f"bad field count {len(fields)}: {line}")
            (fid, name, aliases, kind, lat, lon, bbox, ccs, wiki, fcode) = fields
            if continent is None:
                raise ValueError(f"row before any @continent line: {line}")
            box = [float(x) for x in bbox.split(",")]
            if len(box) != 4:
                raise ValueError(f"bad bbox: {line}")
            rows.append({
                "id": fid,
                "name": name,
                "aliases": "|".join(_aliases(name, kind, aliases)),
                "kind": kind,
                "feature_code": fcode or KIND_CODES[kind],
                "lat": _fmt_coord(float(lat)),
                "lon": _fmt_coord(float(lon)),
                "min_lat": _fmt_coord(box[0]),
                "min_lon": _fmt_coord(box[1]),
                "max_lat": _fmt_coord(box[2]),
                "max_lon": _fmt_coord(box[3]),
                "country_codes": "|".join(c.strip() for c in ccs.split("|") if c.strip()),
                "continent": continent,
                "source": SOURCE_TMPL.format(wiki=wiki or name),
            })
    return rows


def main(argv: list[str]) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(os.path.dirname(here), "physical_features.csv")
    out_path = argv[1] if len(argv) > 1 else default
    rows = build_rows()
    with open(out_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
