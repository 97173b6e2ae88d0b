"""Italian words. Articles are written in their base form (il, i, un, del...); `contract` picks
lo/l'/gli/uno/dell'... from the next word's first sounds (vowel, or s+consonant, z, gn, ps, x, y)."""

PRODUCTS = """
rice: riso | risi | m
flour: farina | farine | f
sugar: zucchero | zuccheri | m
salt: sale | sali | m
apples: mela | mele | f
bananas: banana | banane | f
oranges: arancia | arance | f
potatoes: patata | patate | f
onions: cipolla | cipolle | f
tomatoes: pomodoro | pomodori | m
eggs: uova | uova | f.pl
bread: pane | pani | m.mass
bread: pancarrè | pancarrè | m.mass
butter: burro | burri | m
cheese: formaggio | formaggi | m
cheese: parmigiano grattugiato | parmigiani grattugiati | m
yogurt: yogurt | yogurt | m
coffee: caffè | caffè | m
coffee: caffè macinato | caffè macinati | m
tea: tè verde | tè verdi | m
pasta: pasta | paste | f
pasta: spaghetti | spaghetti | m.pl
cereal: cereali | cereali | m.pl
biscuits: biscotto | biscotti | m
chips: patatine | patatine | f.pl
chocolate: cioccolato fondente | cioccolati fondenti | m
chicken: petto di pollo | petti di pollo | m.mass
tuna: tonno | tonni | m
beans: fagioli | fagioli | m.pl
lentils: lenticchie | lenticchie | f.pl
honey: miele | mieli | m
oil: olio d'oliva | oli d'oliva | m
oil: olio extravergine | oli extravergini | m
milk: latte | latti | m
milk: latte parzialmente scremato | latti parzialmente scremati | m
water: acqua | acque | f
water: acqua frizzante | acque frizzanti | f
juice: succo d'arancia | succhi d'arancia | m
juice: succo di frutta | succhi di frutta | m
soda: bibita | bibite | f
soda: aranciata | aranciate | f
beer: birra | birre | f
wine: vino rosso | vini rossi | m
wine: vino bianco | vini bianchi | m
detergent: detersivo | detersivi | m
toilet paper: carta igienica | carte igieniche | f
paper towels: carta da cucina | carte da cucina | f.mass
dish soap: detersivo per piatti | detersivi per piatti | m
trash bags: sacchetto della spazzatura | sacchetti della spazzatura | m
batteries: pila | pile | f
light bulbs: lampadina | lampadine | f
shampoo: shampoo | shampoo | m
soap: sapone | saponi | m
soap: bagnoschiuma | bagnoschiuma | m
toothpaste: dentifricio | dentifrici | m
toothbrush: spazzolino | spazzolini | m
diapers: pannolino | pannolini | m
deodorant: deodorante | deodoranti | m
razors: rasoio | rasoi | m
phone: telefono | telefoni | m
phone: cellulare | cellulari | m
phone: smartphone | smartphone | m
laptop: portatile | portatili | m
laptop: computer portatile | computer portatili | m
headphones: cuffie | cuffie | f.pl
headphones: auricolari | auricolari | m.pl
tv: televisore | televisori | m
tv: tv | tv | f
tablet: tablet | tablet | m
charger: caricabatterie | caricabatterie | m
phone case: cover | cover | f
mouse: mouse | mouse | m
keyboard: tastiera | tastiere | f
monitor: monitor | monitor | m
printer: stampante | stampanti | f
speaker: cassa bluetooth | casse bluetooth | f
camera: fotocamera | fotocamere | f
smartwatch: smartwatch | smartwatch | m
memory card: scheda di memoria | schede di memoria | f
cable: cavo usb | cavi usb | m
power bank: power bank | power bank | m
hard drive: hard disk esterno | hard disk esterni | m
usb drive: chiavetta usb | chiavette usb | f
router: router | router | m
tshirt: maglietta | magliette | f
shirt: camicia | camicie | f
jeans: jeans | jeans | m.pl
trousers: pantaloni | pantaloni | m.pl
dress: vestito | vestiti | m
skirt: gonna | gonne | f
jacket: giacca | giacche | f
jacket: giubbotto | giubbotti | m
sweater: maglione | maglioni | m
hoodie: felpa | felpe | f
socks: calzino | calzini | m
cap: cappellino | cappellini | m
sneakers: sneakers | sneakers | f.pl
sneakers: scarpa da ginnastica | scarpe da ginnastica | f
running shoes: scarpa da corsa | scarpe da corsa | f
boots: stivale | stivali | m
sandals: sandalo | sandali | m
"""

UNITS = """
kilo: chilo | chili | m
bag: sacchetto | sacchetti | m
pack: pacco | pacchi | m
box: scatola | scatole | f
dozen: dozzina | dozzine | f
carton: cartone | cartoni | m
bottle: bottiglia | bottiglie | f
litre: litro | litri | m
can: lattina | lattine | f
jar: barattolo | barattoli | m
tube: tubetto | tubetti | m
pair: paio | paia | m
"""

COLOURS = """
nero/nera/neri/nere
bianco/bianca/bianchi/bianche
rosso/rossa/rossi/rosse
blu
blu scuro
verde/verdi
grigio/grigia/grigi/grigie
rosa
viola
giallo/gialla/gialli/gialle
argento
oro
marrone/marroni
beige
arancione/arancioni
"""

SIZES = {
    "wear": "s\nm\nl\nxl\nxxl\n42\n44\n46\n48",
    "shoes": "37\n38\n39\n40\n41\n42\n43\n44\n45",
}
SIZE_UNITS = {"gb": "{} giga", "tb": "{} tera", "inch": "{} pollici"}

NUMBERS = {1: {"m": "un", "f": "una"}, 2: "due", 3: "tre", 4: "quattro", 5: "cinque", 6: "sei", 10: "dieci",
           12: "dodici", 24: "ventiquattro"}
PRICE_FORMATS = ["{} euro", "{} euro", "{}"]
CURRENCY_SCALE = 1.0

DATES = {
    "past": "ieri\nl'altro ieri\nla settimana scorsa\nlunedì\nmartedì scorso\ndue giorni fa\nil mese scorso\n"
            "stamattina\nieri sera\nvenerdì",
    "future": "oggi\ndomani\nquesto fine settimana\ndomenica\nsabato\nla settimana prossima\nstasera\n"
              "venerdì prossimo",
}

STORES = """
via roma
corso buenos aires
piazza duomo
porta nuova
trastevere
brera
via del corso
corso vittorio emanuele
san babila
piazza castello
"""

# {store:chain}: a chain at one of the STORES; "the|..." leaves the article out of the span
STORE_CHAINS = """
la|coop di {}
la|conad di {}
il|carrefour di {}
il|lidl di {}
la|pam di {}
il|famila di {}
"""

PARTS = {
    "please": "per favore\nper piacere",
    "find": "mostrami\ncerca\ncercami\nsto cercando\nvorrei vedere\navete\nci sono",
    "add": "aggiungi\nmetti\nmettimi\naggiungimi",
    "cart": "nel carrello\nal carrello\nnel mio carrello",
    "remove": "togli\nrimuovi\nelimina\ntoglimi",
    "from_cart": "dal carrello\ndal mio carrello",
    "my_order": "il mio ordine\nil mio pacco\nl'ordine\nil pacco",
    "store": "il negozio di {store}\nil vostro negozio di {store}\nil punto vendita di {store}\n{store:chain}",
    "cheap": "sotto i {price_max}\na meno di {price_max}\ntra {price_min:bare} e {price_max}\n"
             "sopra i {price_min}\nfino a {price_max}",
    "size_wear": "taglia {size}\nin taglia {size}\ndella taglia {size}",
    "size_shoes": "numero {size}\ntaglia {size}",
    "size_storage": "da {size}",
    "size_screen": "da {size}",
}

AGREE = {
    "il": "il/la/i/le",
    "un": "un/una/dei/delle; mass.m=del; mass.f=della; mass.m.pl=dei; mass.f.pl=delle",
    "del": "del/della/dei/delle",
    "sul": "sul/sulla/sui/sulle",
    "questo": "questo/questa/questi/queste",
    "lo": "lo/la/li/le",
    "è": "è/sono",
    "c'è": "c'è/ci sono",
    "costa": "costa/costano",
    "viene": "viene/vengono",
    "arriva": "arriva/arrivano",
    "ha": "ha/hanno",
    "va": "va/vanno",
    "serve": "serve/servono",
    "scade": "scade/scadono",
    "veste": "veste/vestono",
    "disponibile": "disponibile/disponibili",
    "economico": "economico/economica/economici/economiche",
    "nuovo": "nuovo/nuova/nuovi/nuove",
    "arrivato": "arrivato/arrivata/arrivati/arrivate",
    "spedito": "spedito/spedita/spediti/spedite",
    "rotto": "rotto/rotta/rotti/rotte",
    "scaduto": "scaduto/scaduta/scaduti/scadute",
    "finito": "finito/finita/finiti/finite",
    "toglilo": "toglilo/toglila/toglili/toglile",
    "riordinalo": "riordinalo/riordinala/riordinali/riordinale",
    "aggiungilo": "aggiungilo/aggiungila/aggiungili/aggiungile",
    "salvalo": "salvalo/salvala/salvali/salvale",
    "mettilo": "mettilo/mettila/mettili/mettile",
    "rimandarlo": "rimandarlo/rimandarla/rimandarli/rimandarle",
    "un_": "un/una//; mass.m=; mass.f=",
    "tutto": "tutto/tutta/tutti/tutte",
    "quanto": "quanto/quanta/quanti/quante",
    "quello": "quello/quella/quelli/quelle",
    "altri": "altri/altre/altri/altre",
    "caro": "caro/cara/cari/care",
    "compatibile": "compatibile/compatibili",
    "nel": "nel/nella/nei/nelle",
    "funziona": "funziona/funzionano",
    "sta": "sta/stanno",
    "ricarica": "ricarica/ricaricano",
    "può": "si può/si possono",
    "com'è": "com'è/come sono",
    "aggiunto": "aggiunto/aggiunta/aggiunti/aggiunte",
    "stato": "stato/stata/stati/state",
    "tuo": "il tuo/la tua/i tuoi/le tue",
    "prendilo": "prendilo/prendila/prendili/prendile",
}

PREFIXES = """
ehm
allora
senti
dunque
ehi
ok
"""
SUFFIXES = """
per favore
grazie
per piacere
"""

ONE_IS_ARTICLE = True
# base form -> {sound of the next word: form}; v = vowel or h, z = s+consonant, z, gn, ps, x, y
_FORMS = {
    "il": {"v": "l'", "z": "lo"}, "lo": {"v": "l'"}, "la": {"v": "l'"}, "i": {"v": "gli", "z": "gli"},
    "un": {"z": "uno"}, "una": {"v": "un'"},
    "del": {"v": "dell'", "z": "dello"}, "della": {"v": "dell'"}, "dei": {"v": "degli", "z": "degli"},
    "al": {"v": "all'", "z": "allo"}, "alla": {"v": "all'"}, "ai": {"v": "agli", "z": "agli"},
    "nel": {"v": "nell'", "z": "nello"}, "nella": {"v": "nell'"}, "nei": {"v": "negli", "z": "negli"},
    "dal": {"v": "dall'", "z": "dallo"}, "dalla": {"v": "dall'"}, "dai": {"v": "dagli", "z": "dagli"},
    "sul": {"v": "sull'", "z": "sullo"}, "sulla": {"v": "sull'"}, "sui": {"v": "sugli", "z": "sugli"},
}


def _sound(word: str) -> str:
    if not word:
        return "c"
    if word[0] in "aeiouàèéìòùh" or word.startswith(("8", "11")):  # "gli 80 euro", "l'hard disk"
        return "v"
    if (word[0] == "s" and len(word) > 1 and word[1] not in "aeiouàèéìòù") or word[0] in "zxy" \
            or word.startswith(("gn", "ps", "pn")):
        return "z"
    return "c"


def contract(prev: str, word: str, nxt: str) -> str | None:
    return _FORMS.get(word, {}).get(_sound(nxt))
