"""English words. Catalog phrases ("wireless mouse", "sd card") are added to PRODUCTS at build time."""

PRODUCTS = """
rice: rice | rice
rice: basmati rice | basmati rice
flour: flour | flour
flour: all purpose flour | all purpose flour
sugar: sugar | sugar
sugar: brown sugar | brown sugar
salt: salt | salt
apples: apple | apples
bananas: banana | bananas
oranges: orange | oranges
potatoes: potato | potatoes
onions: onion | onions
onions: red onion | red onions
tomatoes: tomato | tomatoes
eggs: egg | eggs
bread: bread | bread | mass
bread: sourdough | sourdough | mass
butter: butter | butter
cheese: cheddar | cheddar
cheese: cheese | cheese
yogurt: yogurt | yogurts
yogurt: greek yogurt | greek yogurts
coffee: coffee | coffee
coffee: ground coffee | ground coffee
tea: green tea | green tea
tea: tea | tea
pasta: pasta | pasta
pasta: spaghetti | spaghetti
cereal: cereal | cereal
cereal: cornflakes | cornflakes
biscuits: cookie | cookies
biscuits: biscuit | biscuits
chips: potato chips | potato chips | pl
chips: tortilla chips | tortilla chips | pl
chocolate: dark chocolate | dark chocolate
chocolate: chocolate | chocolate
chicken: chicken breast | chicken breast | mass
tuna: tuna | tuna
beans: black beans | black beans | pl
beans: baked beans | baked beans | pl
lentils: lentils | lentils | pl
noodles: instant noodles | instant noodles | pl
honey: honey | honey
paneer: paneer | paneer
ghee: ghee | ghee
oil: olive oil | olive oil
oil: cooking oil | cooking oil
milk: milk | milk
milk: oat milk | oat milk
water: water | water
water: sparkling water | sparkling water
juice: orange juice | orange juice
juice: apple juice | apple juice
soda: soda | soda
soda: diet coke | diet coke
beer: beer | beer
wine: red wine | red wine
wine: white wine | white wine
detergent: laundry detergent | laundry detergent
toilet paper: toilet paper | toilet paper
paper towels: paper towels | paper towels | pl
dish soap: dish soap | dish soap
trash bags: trash bag | trash bags
trash bags: garbage bag | garbage bags
batteries: battery | batteries
batteries: aa battery | aa batteries
light bulbs: light bulb | light bulbs
shampoo: shampoo | shampoos
soap: soap | soap | mass
soap: hand soap | hand soap | mass
toothpaste: toothpaste | toothpaste
toothbrush: toothbrush | toothbrushes
toothbrush: electric toothbrush | electric toothbrushes
diapers: diaper | diapers
deodorant: deodorant | deodorants
razors: razor | razors
phone: phone | phones
phone: smartphone | smartphones
laptop: laptop | laptops
headphones: headphones | headphones | pl
headphones: earbuds | earbuds | pl
tv: tv | tvs
tablet: tablet | tablets
charger: charger | chargers
charger: phone charger | phone chargers
phone case: phone case | phone cases
mouse: mouse | mice
keyboard: keyboard | keyboards
monitor: monitor | monitors
printer: printer | printers
speaker: speaker | speakers
speaker: bluetooth speaker | bluetooth speakers
camera: camera | cameras
smartwatch: smartwatch | smartwatches
smartwatch: fitness tracker | fitness trackers
memory card: memory card | memory cards
cable: charging cable | charging cables
power bank: power bank | power banks
hard drive: external hard drive | external hard drives
usb drive: thumb drive | thumb drives
router: wifi router | wifi routers
graphics card: graphics card | graphics cards
tshirt: t-shirt | t-shirts
tshirt: tee | tees
shirt: shirt | shirts
shirt: button down shirt | button down shirts
jeans: jeans | jeans | pl
jeans: skinny jeans | skinny jeans | pl
trousers: pants | pants | pl
trousers: chinos | chinos | pl
dress: dress | dresses
dress: summer dress | summer dresses
skirt: skirt | skirts
jacket: jacket | jackets
jacket: rain jacket | rain jackets
sweater: sweater | sweaters
sweater: cardigan | cardigans
hoodie: hoodie | hoodies
socks: sock | socks
socks: ankle sock | ankle socks
cap: baseball cap | baseball caps
cap: cap | caps
kurta: kurta | kurtas
saree: saree | sarees
sneakers: sneaker | sneakers
sneakers: trainer | trainers
running shoes: running shoe | running shoes
boots: boot | boots
boots: ankle boot | ankle boots
sandals: sandal | sandals
sandals: flip flop | flip flops
"""

UNITS = """
kilo: kilo | kilos
bag: bag | bags
pack: pack | packs
box: box | boxes
dozen: dozen | dozen
carton: carton | cartons
bottle: bottle | bottles
litre: liter | liters
can: can | cans
jar: jar | jars
bar: bar | bars
tube: tube | tubes
pair: pair | pairs
"""

COLOURS = """
black
white
red
blue
navy
green
grey
gray
pink
purple
yellow
silver
gold
brown
beige
orange
"""

SIZES = {
    "wear": "small\nmedium\nlarge\nextra large\nextra small\nxl\nxxl\nxs\n8\n10\n12\n14",
    "shoes": "7\n8\n9\n10\n11\n12\n9 and a half\n10 and a half\nnine\nten\neleven",
}
SIZE_UNITS = {"gb": "{} gb", "tb": "{} terabyte", "inch": "{} inch"}

NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
           9: "nine", 10: "ten", 12: "twelve", 24: "twenty four"}
PRICE_FORMATS = ["{} dollars", "{} dollars", "{} bucks", "{}"]
CURRENCY_SCALE = 1.0

DATES = {
    "past": """
yesterday
last week
on|monday
on|tuesday
last friday
two days ago
last month
this morning
last night
on|the weekend
a couple of days ago
""",
    "future": """
today
tomorrow
this weekend
on|sunday
on|saturday
next week
tonight
this friday
on|christmas eve
""",
}

STORES = """
main street
downtown
oak avenue
westfield
elm street
park avenue
riverside
city centre
airport road
union square
north side
"""

# {store:chain}: a chain at one of the STORES; "the|..." leaves the article out of the span
STORE_CHAINS = """
the|{} walmart
the|{} target
the|{} costco
the|{} whole foods
the|{} tesco
the|{} best buy
the|{} safeway
"""

PARTS = {
    "please": "please\ncould you\ncan you",
    "want": "i want\ni'd like\ni need\ni wanna\ni would like\ncan i get\ncould i get\nget me",
    "find": "show me\nfind\nfind me\nsearch for\nlook for\ni'm looking for\ndo you have\ncan you find\n"
            "are there any\nlooking for\ni need",
    "add": "add\nput\nthrow\npop\nstick",
    "cart": "to my cart\nto the cart\nto my basket\ninto my cart\nin my cart\nin the cart\nto cart",
    "remove": "remove\ndelete\nget rid of\ndrop\ntake off",
    "from_cart": "from my cart\nout of my cart\nfrom the cart\nfrom my basket\nout of the basket",
    "my_order": "my order\nmy package\nmy delivery\nmy stuff\nmy parcel",
    "list": "my shopping list\nthe shopping list\nmy wishlist\nmy list\nthe grocery list\nmy wish list",
    "how_much": "how much\nwhat's the price of\nwhat does\nhow much do",
    "store": "the {store} store\nyour {store} store\nthe {store} location\nthe {store} branch\n{store:chain}",
    "size_wear": "size {size}\nin (a |)size {size}\nin {size}",
    "size_shoes": "size {size}\nin size {size}\nin a size {size}",
    "size_storage": "with {size}\nin {size}\nwith {size} of storage",
    "size_screen": "in {size}\n{size}",
    "size_pre_wear": "size {size}",
    "size_pre_shoes": "size {size}",
    "size_pre_storage": "{size}",
    "size_pre_screen": "{size}",
    "cheap": "under {price_max}\nbelow {price_max}\nfor less than {price_max}\nunder {price_max} or so\n"
             "between {price_min:bare} and {price_max}\nover {price_min}\nmore than {price_min}\n"
             "at most {price_max}\nup to {price_max}",
}

AGREE = {
    "a": {"sg": "a", "pl": "", "mass": ""},
    "is": "is/are",
    "it": {"sg": "it", "pl": "them", "mass": "it"},
    "this": "this/these",
    "that": "that/those",
    "one": "one/ones",
    "they": {"sg": "it", "pl": "they", "mass": "it"},
    "does": "does/do",
    "doesnt": "doesn't/don't",
    "has": "has/have",
    "was": "was/were",
    "costs": "costs/cost",
    "comes": "comes/come",
}

PREFIXES = """
um
uh
hey
okay
so
hmm
hey there
alexa
ok so
"""
SUFFIXES = """
please
thanks
thank you
please and thanks
"""

ONE_IS_ARTICLE = False
_VOWELS = "aeiou"


def contract(prev: str, word: str, nxt: str) -> str | None:
    """a -> an before a vowel sound; "two dozen of eggs" -> "two dozen eggs"."""
    if word == "a" and nxt[:1] in _VOWELS and not nxt.startswith(("uni", "usb", "eu", "one")):
        return "an"
    if word == "a" and nxt in ("hdtv", "hdmi", "xl", "xs", "sd", "lcd", "8", "11", "18"):
        return "an"
    if word == "of" and prev == "dozen":
        return ""
    return None
