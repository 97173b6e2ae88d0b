"""Hinglish (Hindi-English code-mix in Roman script), the way it is typed and transcribed in India:
Hindi grammar and verbs (SOV: "do kilo atta cart mein daal do"), English product and shopping words.
Nouns: singular | plural | gender | oblique singular | oblique plural, as in lexicon/hi.py."""

PRODUCTS = """
rice: chawal | chawal | m | chawal | chawalon
rice: basmati rice | basmati rice | m | basmati rice | basmati rice
flour: atta | atta | m | aate | aate
sugar: cheeni | cheeni | f | cheeni | cheeni
sugar: sugar | sugar | f | sugar | sugar
salt: namak | namak | m | namak | namak
apples: seb | seb | m | seb | sebon
apples: apple | apples | m | apple | apples
bananas: kela | kele | m | kele | kelon
oranges: santra | santre | m | santre | santron
potatoes: aloo | aloo | m | aloo | aaluon
onions: pyaaz | pyaaz | m | pyaaz | pyaazon
tomatoes: tamatar | tamatar | m | tamatar | tamatron
eggs: anda | ande | m | ande | andon
eggs: eggs | eggs | m.pl | eggs | eggs
bread: bread | bread | f.mass | bread | bread
butter: makhan | makhan | m | makhan | makhan
butter: butter | butter | m | butter | butter
cheese: cheese | cheese | m | cheese | cheese
yogurt: dahi | dahi | m.mass | dahi | dahi
coffee: coffee | coffee | f | coffee | coffee
tea: chai patti | chai patti | f | chai patti | chai patti
pasta: pasta | pasta | m | pasta | pasta
cereal: cornflakes | cornflakes | m | cornflakes | cornflakes
biscuits: biscuit | biscuit | m | biscuit | biscuits
biscuits: cookies | cookies | m.pl | cookies | cookies
chips: chips | chips | m.pl | chips | chips
chips: namkeen | namkeen | m.mass | namkeen | namkeen
chocolate: chocolate | chocolate | f | chocolate | chocolates
chicken: chicken | chicken | m | chicken | chicken
lentils: dal | dal | f.mass | dal | dal
lentils: moong dal | moong dal | f.mass | moong dal | moong dal
noodles: noodles | noodles | m.pl | noodles | noodles
honey: shahad | shahad | m | shahad | shahad
honey: honey | honey | m | honey | honey
paneer: paneer | paneer | m | paneer | paneer
ghee: ghee | ghee | m | ghee | ghee
ghee: desi ghee | desi ghee | m | desi ghee | desi ghee
oil: sarson ka tel | sarson ka tel | m | sarson ke tel | sarson ke tel
oil: refined oil | refined oil | m | refined oil | refined oil
milk: doodh | doodh | m | doodh | doodh
water: paani | paani | m | paani | paani
water: mineral water | mineral water | m | mineral water | mineral water
juice: juice | juice | m | juice | juice
soda: cold drink | cold drink | f | cold drink | cold drinks
detergent: detergent | detergent | m | detergent | detergent
detergent: washing powder | washing powder | m | washing powder | washing powder
toilet paper: tissue paper | tissue paper | m | tissue paper | tissue paper
dish soap: dishwash liquid | dishwash liquid | m | dishwash liquid | dishwash liquid
trash bags: garbage bag | garbage bags | m | garbage bag | garbage bags
batteries: battery | batteries | f | battery | batteries
light bulbs: bulb | bulb | m | bulb | bulbs
light bulbs: led bulb | led bulb | m | led bulb | led bulbs
shampoo: shampoo | shampoo | m | shampoo | shampoo
soap: sabun | sabun | m | sabun | sabun
toothpaste: toothpaste | toothpaste | m | toothpaste | toothpaste
toothbrush: toothbrush | toothbrush | m | toothbrush | toothbrush
diapers: diaper | diapers | m | diaper | diapers
deodorant: deo | deo | m | deo | deo
razors: razor | razor | m | razor | razors
phone: phone | phone | m | phone | phones
phone: mobile | mobile | m | mobile | mobiles
laptop: laptop | laptop | m | laptop | laptops
headphones: headphones | headphones | m.pl | headphones | headphones
headphones: earphones | earphones | m.pl | earphones | earphones
headphones: earbuds | earbuds | m.pl | earbuds | earbuds
tv: tv | tv | m | tv | tv
tablet: tablet | tablet | m | tablet | tablets
charger: charger | charger | m | charger | chargers
phone case: phone cover | phone cover | m | phone cover | phone covers
phone case: back cover | back cover | m | back cover | back covers
mouse: mouse | mouse | m | mouse | mouse
keyboard: keyboard | keyboard | m | keyboard | keyboards
monitor: monitor | monitor | m | monitor | monitors
printer: printer | printer | m | printer | printers
speaker: bluetooth speaker | bluetooth speaker | m | bluetooth speaker | bluetooth speakers
camera: camera | camera | m | camera | cameras
smartwatch: smartwatch | smartwatch | f | smartwatch | smartwatches
memory card: memory card | memory card | m | memory card | memory cards
power bank: power bank | power bank | m | power bank | power banks
hard drive: hard disk | hard disk | f | hard disk | hard disks
usb drive: pendrive | pendrive | f | pendrive | pendrives
router: wifi router | wifi router | m | wifi router | wifi routers
tshirt: t-shirt | t-shirt | f | t-shirt | t-shirts
shirt: shirt | shirt | f | shirt | shirts
jeans: jeans | jeans | f | jeans | jeans
trousers: pant | pant | f | pant | pants
dress: dress | dress | f | dress | dresses
jacket: jacket | jacket | f | jacket | jackets
sweater: sweater | sweater | m | sweater | sweaters
hoodie: hoodie | hoodie | f | hoodie | hoodies
socks: moze | moze | m.pl | mozon | mozon
socks: socks | socks | m.pl | socks | socks
kurta: kurta | kurte | m | kurte | kurton
saree: saree | saree | f | saree | sarees
cap: topi | topi | f | topi | topiyon
cap: cap | cap | f | cap | caps
sneakers: joote | joote | m.pl | jooton | jooton
sneakers: sneakers | sneakers | m.pl | sneakers | sneakers
running shoes: running shoes | running shoes | m.pl | running shoes | running shoes
sandals: chappal | chappal | f | chappal | chappalon
"""

UNITS = """
kilo: kilo | kilo | m
pack: packet | packet | m
carton: packet | packet | m
box: dabba | dabbe | m
jar: dabba | dabbe | m
bag: thaili | thaili | f
dozen: dozen | dozen | m
bottle: bottle | bottle | f
litre: litre | litre | m
can: can | can | m
tube: tube | tube | f
pair: pair | pair | m
"""

COLOURS = """
black
white
red
blue
navy blue
green
grey
pink
yellow
brown
maroon
laal
safed
kaala/kaali/kaale
neela/neeli/neele
gulabi
"""

SIZES = {
    "wear": "small\nmedium\nlarge\nxl\nxxl\n38\n40\n42",
    "shoes": "6\n7\n8\n9\n10\n11",
}
SIZE_UNITS = {"gb": "{} gb", "tb": "{} tb", "inch": "{} inch"}

NUMBERS = {1: "ek", 2: "do", 3: "teen", 4: "chaar", 5: "paanch", 6: "chhe", 10: "das", 12: "baarah", 24: "chaubees"}
PRICE_FORMATS = ["{} rupees", "{} rupaye", "{} rs", "{}"]
CURRENCY_SCALE = 80.0

DATES = {
    "past": "kal\nparso\npichle hafte\nlast week\nmonday\npichle friday\ndo din pehle\nlast month\naaj subah\nkal raat",
    "future": "aaj\nkal\nis weekend\nsunday\nsaturday\nagle hafte\naaj raat\nis friday\ndiwali pe",
}

STORES = """
connaught place
karol bagh
lajpat nagar
andheri
bandra
sector 18
mg road
koramangala
saket
indiranagar
"""

# {store:chain}: a chain at one of the STORES; "the|..." leaves the article out of the span
STORE_CHAINS = """
|dmart {}
|reliance fresh {}
|big bazaar {}
|more supermarket {}
|spencers {}
|star bazaar {}
"""

PARTS = {
    "please": "please\nplz\nzara",
    "show": "dikhao\ndikha do\nshow karo\nsearch karo\ndhoondo",
    "add": "daal do\ndaalo\nadd karo\nadd kar do\nrakh do",
    "cart": "cart mein\nmere cart mein\nbasket mein",
    "remove": "hata do\nnikaal do\nremove karo\nhatao",
    "from_cart": "cart se\nmere cart se",
    "my_order": "mera order\nmera parcel\nmera saaman",
    "list": "shopping list mein\nmeri list mein\nwishlist mein",
    "store": "{store} wala store\n{store} wala outlet\n{store:chain}",  # masculine: khulta hai agrees with it
    "store_obl": "{store} wale store\n{store} wale outlet",
    "cheap": "{price_max} se kam {=ka}\n{price_max} tak {=ka}\n{price_min:bare} se {price_max} tak {=ka}\n"
             "{price_min} se upar {=ka}\n{price_max} ke andar {=ka}\nunder {price_max} {=wala}",
    "size_wear": "{size} size {=ka}\nsize {size} {=ka}",
    "size_shoes": "{size} number {=ka}\nsize {size} {=ka}",
    "size_storage": "{size} {=wala}",
    "size_screen": "{size} {=wala}",
}

AGREE = {
    "ka": "ka/ki/ke",
    "ka_obl": "ke/ki/ke",
    "wala": "wala/wali/wale",
    "mera": "mera/meri/mere",
    "sasta": "sasta/sasti/saste",
    "naya": "naya/nayi/naye",
    "hai": "hai/hai/hain/hain",
    "aaya": "aaya/aayi/aaye/aayi",
    "aayega": "aayega/aayegi/aayenge/aayengi",
    "milega": "milega/milegi/milenge/milengi",
    "milta": "milta/milti/milte/milti",
    "aata": "aata/aati/aate/aati",
    "jayega": "jayega/jayegi/jayenge/jayengi",
    "bheja": "bheja/bheji/bheje/bheji",
    "gaya": "gaya/gayi/gaye/gayi",
    "mangwaya": "mangwaya/mangwayi/mangwaye/mangwayi",
    "liya": "liya/li/liye/li",
    "tha": "tha/thi/the/thi",
    "hua": "hua/hui/hue/hui",
    "toota": "toota/tooti/toote/tooti",
    "nikla": "nikla/nikli/nikle/nikli",
    "sakta": "sakta/sakti/sakte/sakti",
    "karna": "karna/karni/karne/karni",
    "kharidna": "kharidna/kharidni/kharidne/kharidni",
    "accha": "accha/acchi/acche/acchi",
    "pada": "pada/padi/pade/padi",
    "pahunchega": "pahunchega/pahunchegi/pahunchenge/pahunchengi",
    "raha": "raha/rahi/rahe/rahi",
    "jitna": "jitna/jitni/jitne/jitni",
    "utna": "utna/utni/utne/utni",
    "mehenga": "mehenga/mehengi/mehenge/mehengi",
    "chalega": "chalega/chalegi/chalenge/chalengi",
    "diya": "diya/di/diye/di",
    "aapka": "aapka/aapki/aapke/aapki",
    "kaunsa": "kaunsa/kaunsi/kaunse/kaunsi",
}

PREFIXES = """
arre
umm
yaar
accha
suno
hello
ok
"""
SUFFIXES = """
please
plz
yaar
thanks
bhai
"""
