"""German words. Agreeing forms are listed masculine / feminine / neuter / plural (FORM_KEYS).
Colours are only used predicatively ("in schwarz"), where German adjectives do not inflect, and
quantities only where the noun phrase is an accusative object ("leg einen beutel ... in den warenkorb")."""

FORM_KEYS = {4: ("m.sg", "f.sg", "n.sg", "pl")}

PRODUCTS = """
rice: reis | reis | m
flour: mehl | mehl | n
sugar: zucker | zucker | m
salt: salz | salz | n
apples: apfel | äpfel | m
bananas: banane | bananen | f
oranges: orange | orangen | f
potatoes: kartoffel | kartoffeln | f
onions: zwiebel | zwiebeln | f
tomatoes: tomate | tomaten | f
eggs: ei | eier | n
bread: brot | brote | n
bread: toastbrot | toastbrote | n
butter: butter | butter | f
cheese: käse | käse | m
cheese: gouda | gouda | m
yogurt: joghurt | joghurts | m
coffee: kaffee | kaffee | m
tea: tee | tees | m
tea: grüntee | grüntees | m
pasta: nudeln | nudeln | f.pl
pasta: spaghetti | spaghetti | f.pl
cereal: müsli | müslis | n
cereal: cornflakes | cornflakes | f.pl
biscuits: keks | kekse | m
chips: chips | chips | f.pl
chocolate: schokolade | schokoladen | f
chicken: hähnchenbrust | hähnchenbrüste | f.mass
tuna: thunfisch | thunfische | m
beans: kidneybohnen | kidneybohnen | f.pl
lentils: linsen | linsen | f.pl
noodles: instantnudeln | instantnudeln | f.pl
honey: honig | honige | m
oil: olivenöl | olivenöle | n
oil: sonnenblumenöl | sonnenblumenöle | n
milk: milch | milch | f
milk: hafermilch | hafermilch | f
water: mineralwasser | mineralwasser | n
water: sprudelwasser | sprudelwasser | n
juice: orangensaft | orangensäfte | m
juice: apfelsaft | apfelsäfte | m
soda: cola | colas | f
soda: limo | limos | f
beer: bier | biere | n
wine: rotwein | rotweine | m
wine: weißwein | weißweine | m
detergent: waschmittel | waschmittel | n
toilet paper: klopapier | klopapier | n
paper towels: küchenrolle | küchenrollen | f
dish soap: spülmittel | spülmittel | n
trash bags: müllbeutel | müllbeutel | m
batteries: batterie | batterien | f
light bulbs: glühbirne | glühbirnen | f
shampoo: shampoo | shampoos | n
soap: seife | seifen | f
soap: duschgel | duschgels | n
toothpaste: zahnpasta | zahnpasten | f
toothbrush: zahnbürste | zahnbürsten | f
diapers: windel | windeln | f
deodorant: deo | deos | n
razors: rasierer | rasierer | m
phone: handy | handys | n
phone: smartphone | smartphones | n
laptop: laptop | laptops | m
headphones: kopfhörer | kopfhörer | m
tv: fernseher | fernseher | m
tablet: tablet | tablets | n
charger: ladegerät | ladegeräte | n
phone case: handyhülle | handyhüllen | f
mouse: maus | mäuse | f
keyboard: tastatur | tastaturen | f
monitor: monitor | monitore | m
monitor: bildschirm | bildschirme | m
printer: drucker | drucker | m
speaker: lautsprecher | lautsprecher | m
speaker: bluetooth-box | bluetooth-boxen | f
camera: kamera | kameras | f
smartwatch: smartwatch | smartwatches | f
memory card: speicherkarte | speicherkarten | f
cable: usb-kabel | usb-kabel | n
power bank: powerbank | powerbanks | f
hard drive: festplatte | festplatten | f
usb drive: usb-stick | usb-sticks | m
router: router | router | m
tshirt: t-shirt | t-shirts | n
shirt: hemd | hemden | n
jeans: jeans | jeans | f
trousers: hose | hosen | f
dress: kleid | kleider | n
skirt: rock | röcke | m
jacket: jacke | jacken | f
sweater: pullover | pullover | m
sweater: pulli | pullis | m
hoodie: hoodie | hoodies | m
socks: socke | socken | f
cap: mütze | mützen | f
sneakers: sneaker | sneaker | m
sneakers: turnschuh | turnschuhe | m
running shoes: laufschuh | laufschuhe | m
boots: stiefel | stiefel | m
sandals: sandale | sandalen | f
"""

UNITS = """
kilo: kilo | kilo | n
bag: beutel | beutel | m
pack: packung | packungen | f
box: schachtel | schachteln | f
dozen: dutzend | dutzend | n
carton: tüte | tüten | f
bottle: flasche | flaschen | f
litre: liter | liter | m
can: dose | dosen | f
jar: glas | gläser | n
tube: tube | tuben | f
pair: paar | paar | n
"""

COLOURS = """
schwarz
weiß
rot
blau
dunkelblau
grün
grau
rosa
lila
gelb
silber
gold
braun
beige
orange
"""

SIZES = {
    "wear": "s\nm\nl\nxl\nxxl\n36\n38\n40\n42\n44",
    "shoes": "38\n39\n40\n41\n42\n43\n44\n45\n46",
}
SIZE_UNITS = {"gb": "{} gigabyte", "tb": "{} terabyte", "inch": "{} zoll"}

NUMBERS = {1: {"m": "einen", "f": "eine", "n": "ein"}, 2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs",
           10: "zehn", 12: "zwölf", 24: "vierundzwanzig"}
PRICE_FORMATS = ["{} euro", "{} euro", "{} euro", "{}"]
CURRENCY_SCALE = 1.0

DATES = {
    "past": "gestern\nvorgestern\nletzte woche\nam|montag\nletzten freitag\nvor zwei tagen\nletzten monat\n"
            "heute morgen\ngestern abend\nam|dienstag",
    "future": "heute\nmorgen\ndieses wochenende\nam|sonntag\nam|samstag\nnächste woche\nheute abend\n"
              "diesen freitag\nam|feiertag",
}

STORES = """
alexanderplatz
marienplatz
hauptbahnhof
potsdamer platz
odeonsplatz
ostbahnhof
karlsplatz
rosenthaler platz
schlossplatz
jungfernstieg
"""

# {store:chain}: a chain at one of the STORES; "der|..." leaves the article out of the span
STORE_CHAINS = """
der|rewe am {}
der|edeka am {}
der|lidl am {}
der|aldi am {}
der|kaufland am {}
der|penny am {}
"""

PARTS = {
    "please": "bitte",
    "find": "zeig mir\nsuch\nsuch mir\nich suche\nfinde\nhabt ihr\ngibt es\nzeig mal\nhast du",
    "put": "leg\npack\ntu\nwirf",
    "cart": "in den warenkorb\nin meinen warenkorb\nin den einkaufswagen\nin den korb",
    "remove": "nimm\nentfern\nlösch\nschmeiß",
    "from_cart": "aus dem warenkorb\naus meinem warenkorb\naus dem einkaufswagen\naus dem korb",
    "my_order": "meine bestellung\nmein paket\ndie bestellung\nmeine lieferung\nmeine sendung",
    "list": "meine einkaufsliste\ndie einkaufsliste\nmeine liste",
    "store": "die filiale am {store}\neuer laden am {store}\nder markt am {store}\n{store:chain}",
    "cheap": "unter {price_max}\nfür weniger als {price_max}\nzwischen {price_min:bare} und {price_max}\n"
             "über {price_min}\nbis {price_max}\nbis maximal {price_max}\nnicht teurer als {price_max}",
    "size_wear": "größe {size}\nin größe {size}",
    "size_shoes": "größe {size}\nin größe {size}",
    "size_storage": "mit {size}",
    "size_screen": "mit {size}",
}

AGREE = {
    "den": "den/die/das/die",
    "der": "der/die/das/die",
    "einen": "einen/eine/ein/; mass=",
    "ein": "ein/eine/ein/; mass=",
    "einen neuen": "einen neuen/eine neue/ein neues/neue",
    "mein": "mein/meine/mein/meine",
    "diesen": "diesen/diese/dieses/diese",
    "welchen": "welchen/welche/welches/welche",
    "die günstigsten": "den günstigsten/die günstigste/das günstigste/die günstigsten",
    "ihn": "ihn/sie/es/sie",
    "er": "er/sie/es/sie",
    "ist": "ist/ist/ist/sind",
    "hat": "hat/hat/hat/haben",
    "kostet": "kostet/kostet/kostet/kosten",
    "kommt": "kommt/kommt/kommt/kommen",
    "passt": "passt/passt/passt/passen",
    "fällt": "fällt/fällt/fällt/fallen",
    "alle": "den ganzen/die ganze/das ganze/alle",
    "den falschen": "den falschen/die falsche/das falsche/die falschen",
    "meinen üblichen": "meinen üblichen/meine übliche/mein übliches/meine üblichen",
    "welcher": "welcher/welche/welches/welche",
    "wie viele": "wie viel/wie viel/wie viel/wie viele",
    "soll": "soll/soll/soll/sollen",
    "muss": "muss/muss/muss/müssen",
    "liegt": "liegt/liegt/liegt/liegen",
    "wurde": "wurde/wurde/wurde/wurden",
    "gefällt": "gefällt/gefällt/gefällt/gefallen",
    "funktioniert": "funktioniert/funktioniert/funktioniert/funktionieren",
    "der günstigste": "der günstigste/die günstigste/das günstigste/die günstigsten",
    "dein": "dein/deine/dein/deine",
    "einen_pron": "einen/eine/eins/welche",  # "und noch einen/eine/eins/welche in blau"
    "kann": "kann/kann/kann/können",
}

PREFIXES = """
äh
ähm
also
hey
sag mal
okay
hallo
"""
SUFFIXES = """
bitte
danke
bitte danke
"""

ONE_IS_ARTICLE = True
