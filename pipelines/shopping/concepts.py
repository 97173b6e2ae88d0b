"""Language-independent product concepts and hand-picked brands.

A concept ("rice", "sneakers") is what the per-language lexicons translate. Its category decides
which sizes, colours, units, brands and price ranges make sense with it, and the train/test split
is drawn over concepts, so a held-out product is held out in every language at once.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Concept:
    key: str
    category: str       # food, drink, home, care, tech, wear, shoes
    counting: str       # mass (no plural: rice), count (usually plural: apples), item (usually one: a phone)
    units: tuple[str, ...]
    size: str | None    # wear, shoes, screen, storage: which size values and phrasing apply
    colour: bool


# key | category | counting | units | size kind | colour
_CONCEPTS = """
rice | food | mass | kilo,bag,pack | - | n
flour | food | mass | kilo,bag,pack | - | n
sugar | food | mass | kilo,pack | - | n
salt | food | mass | pack | - | n
apples | food | count | kilo,bag | - | n
bananas | food | count | dozen,kilo | - | n
oranges | food | count | kilo,bag | - | n
potatoes | food | count | kilo,bag | - | n
onions | food | count | kilo,bag | - | n
tomatoes | food | count | kilo | - | n
eggs | food | count | dozen,box | - | n
bread | food | item | pack | - | n
butter | food | mass | pack | - | n
cheese | food | mass | pack | - | n
yogurt | food | count | pack | - | n
coffee | food | mass | pack,jar | - | n
tea | food | mass | box,pack | - | n
pasta | food | mass | pack | - | n
cereal | food | mass | box | - | n
biscuits | food | count | pack | - | n
chips | food | count | bag,pack | - | n
chocolate | food | mass | bar,pack | - | n
chicken | food | mass | kilo | - | n
tuna | food | mass | can | - | n
beans | food | count | can,kilo | - | n
lentils | food | count | kilo,pack | - | n
noodles | food | count | pack | - | n
honey | food | mass | jar | - | n
paneer | food | mass | pack | - | n
ghee | food | mass | jar,litre | - | n
oil | food | mass | bottle,litre | - | n
milk | drink | mass | carton,bottle,litre | - | n
water | drink | mass | bottle,pack | - | n
juice | drink | mass | carton,bottle | - | n
soda | drink | mass | can,bottle | - | n
beer | drink | mass | can,bottle,pack | - | n
wine | drink | mass | bottle | - | n
detergent | home | mass | bottle,pack | - | n
toilet paper | home | mass | pack | - | n
paper towels | home | count | pack | - | n
dish soap | home | mass | bottle | - | n
trash bags | home | count | box,pack | - | n
batteries | home | count | pack | - | n
light bulbs | home | count | pack,box | - | n
shampoo | care | item | bottle | - | n
soap | care | item | bar,pack | - | n
toothpaste | care | mass | tube | - | n
toothbrush | care | count | pack | - | y
diapers | care | count | pack | - | n
deodorant | care | item | - | - | n
razors | care | count | pack | - | n
phone | tech | item | - | storage | y
laptop | tech | item | - | screen | y
headphones | tech | count | pair | - | y
tv | tech | item | - | screen | n
tablet | tech | item | - | storage | y
charger | tech | item | - | - | y
phone case | tech | item | - | - | y
mouse | tech | item | - | - | y
keyboard | tech | item | - | - | y
monitor | tech | item | - | screen | n
printer | tech | item | - | - | n
speaker | tech | item | - | - | y
camera | tech | item | - | - | y
smartwatch | tech | item | - | - | y
memory card | tech | item | - | storage | n
cable | tech | item | - | - | y
power bank | tech | item | - | - | y
hard drive | tech | item | - | storage | n
usb drive | tech | item | - | storage | y
router | tech | item | - | - | n
graphics card | tech | item | - | - | n
tshirt | wear | item | - | wear | y
shirt | wear | item | - | wear | y
jeans | wear | item | pair | wear | y
trousers | wear | item | - | wear | y
dress | wear | item | - | wear | y
skirt | wear | item | - | wear | y
jacket | wear | item | - | wear | y
sweater | wear | item | - | wear | y
hoodie | wear | item | - | wear | y
socks | wear | count | pair,pack | - | y
cap | wear | item | - | - | y
kurta | wear | item | - | wear | y
saree | wear | item | - | - | y
sneakers | shoes | count | pair | shoes | y
running shoes | shoes | count | pair | shoes | y
boots | shoes | count | pair | shoes | y
sandals | shoes | count | pair | shoes | y
sausages | food | count | pack,kilo | - | n
ham | food | mass | pack | - | n
carrots | food | count | kilo,bag | - | n
grapes | food | count | kilo,box | - | n
lemons | food | count | kilo,bag | - | n
peanut butter | food | mass | jar | - | n
jam | food | mass | jar | - | n
ketchup | food | mass | bottle | - | n
mushrooms | food | count | box,pack | - | n
ice cream | food | mass | box,pack | - | n
olives | food | count | jar,can | - | n
salmon | food | mass | kilo,pack | - | n
energy drink | drink | mass | can,pack | - | n
lemonade | drink | mass | bottle,can | - | n
sponges | home | count | pack | - | n
fabric softener | home | mass | bottle | - | n
candles | home | count | pack,box | - | n
bleach | home | mass | bottle | - | n
frying pan | home | item | - | - | n
towels | home | count | pack | - | y
pillow | home | item | - | - | y
conditioner | care | item | bottle | - | n
sunscreen | care | item | bottle,tube | - | n
face cream | care | item | jar,tube | - | n
hand wash | care | item | bottle | - | n
body lotion | care | item | bottle | - | n
webcam | tech | item | - | - | n
microwave | tech | item | - | - | n
vacuum cleaner | tech | item | - | - | n
hair dryer | tech | item | - | - | y
electric kettle | tech | item | - | - | y
gaming console | tech | item | - | - | n
shorts | wear | item | pair | wear | y
pyjamas | wear | item | - | wear | y
gloves | wear | count | pair | - | y
scarf | wear | item | - | - | y
swimsuit | wear | item | - | wear | y
belt | wear | item | - | - | y
slippers | shoes | count | pair | shoes | y
heels | shoes | count | pair | shoes | y
"""


def _parse_concepts(table: str) -> dict[str, Concept]:
    out = {}
    for line in table.strip().splitlines():
        key, category, counting, units, size, colour = (f.strip() for f in line.split("|"))
        out[key] = Concept(key, category, counting, tuple(u for u in units.split(",") if u != "-"),
                           None if size == "-" else size, colour == "y")
    return out


CONCEPTS = _parse_concepts(_CONCEPTS)

# Brands are keyed by their Latin spelling (the split key); Devanagari spellings live in lexicon/hi.py.
# None = every language; otherwise only the languages whose shoppers know the brand.
_BRANDS = """
nike | sneakers,running shoes,tshirt,hoodie,socks,cap | -
adidas | sneakers,running shoes,tshirt,hoodie,socks,sandals | -
puma | sneakers,running shoes,tshirt,socks,cap | -
reebok | sneakers,running shoes,tshirt | -
converse | sneakers | -
vans | sneakers,cap | -
new balance | sneakers,running shoes | -
asics | running shoes | -
skechers | sneakers,running shoes | -
levis | jeans,shirt,jacket | -
zara | dress,skirt,jacket,shirt,trousers | -
uniqlo | tshirt,sweater,jacket | -
timberland | boots | -
crocs | sandals | -
apple | phone,laptop,tablet,smartwatch,headphones,charger | -
samsung | phone,tv,tablet,smartwatch,memory card | -
xiaomi | phone,power bank,smartwatch | -
oneplus | phone | -
lenovo | laptop,tablet | -
jbl | headphones,speaker | -
bose | headphones,speaker | -
anker | charger,power bank,cable | -
boat | headphones,speaker,smartwatch | hi,hi-en
nestle | coffee,cereal,chocolate,water | -
kelloggs | cereal | -
heinz | beans | -
coca cola | soda | -
pepsi | soda | -
lays | chips | -
oreo | biscuits | -
barilla | pasta | -
lavazza | coffee | -
danone | yogurt | -
lipton | tea | -
nescafe | coffee | -
milka | chocolate | -
heineken | beer | -
evian | water | -
tropicana | juice | -
colgate | toothpaste,toothbrush | -
oral b | toothbrush | -
dove | soap,shampoo,deodorant | -
pantene | shampoo | -
nivea | deodorant | -
gillette | razors | -
pampers | diapers | -
huggies | diapers | -
ariel | detergent | -
persil | detergent | es,fr,de,it,pt,en
fairy | dish soap | es,en
scottex | toilet paper,paper towels | es,it,pt,fr,de
duracell | batteries | -
hacendado | milk,rice,oil,yogurt,pasta,biscuits | es
pascual | milk,yogurt | es
carbonell | oil | es
president | butter,cheese | fr
lu | biscuits | fr
panzani | pasta | fr
lactel | milk | fr
bonne maman | biscuits,yogurt | fr
muller | yogurt,milk | de
haribo | chocolate | de
ritter sport | chocolate | de
mimosa | milk,butter | pt
delta | coffee | pt
compal | juice | pt
mulino bianco | biscuits | it
de cecco | pasta | it
granarolo | milk,yogurt | it
rio mare | tuna | it
amul | milk,butter,cheese,paneer,ghee | hi,hi-en
tata | salt,tea | hi,hi-en
aashirvaad | flour | hi,hi-en
fortune | oil,rice | hi,hi-en
parle | biscuits | hi,hi-en
britannia | biscuits,bread | hi,hi-en
haldiram | chips | hi,hi-en
maggi | noodles | hi,hi-en
patanjali | ghee,honey,toothpaste | hi,hi-en
dabur | honey | hi,hi-en
surf excel | detergent | hi,hi-en
vim | dish soap | hi,hi-en
dettol | soap | hi,hi-en
lifebuoy | soap | hi,hi-en
fabindia | kurta | hi,hi-en
biba | kurta | hi,hi-en
sony | headphones,tv,camera,speaker | -
lg | tv,monitor,phone | -
hp | laptop,printer,monitor,mouse,keyboard | -
dell | laptop,monitor,mouse,keyboard | -
asus | laptop,router,monitor | -
acer | laptop,monitor | -
logitech | mouse,keyboard,camera,speaker | -
canon | camera,printer | -
epson | printer | -
nikon | camera | -
sandisk | memory card,usb drive | -
kingston | usb drive,memory card | -
seagate | hard drive | -
western digital | hard drive | -
tp link | router | -
nvidia | graphics card | -
philips | light bulbs,razors,tv | -
huawei | phone,smartwatch,tablet | -
google | phone | -
motorola | phone | -
sennheiser | headphones | -
garmin | smartwatch | -
north face | jacket,hoodie | -
tommy hilfiger | shirt,jeans,tshirt | -
calvin klein | jeans,tshirt | -
lacoste | tshirt,shirt | -
dr martens | boots | -
birkenstock | sandals | -
under armour | tshirt,hoodie,running shoes | -
fila | sneakers,tshirt | -
lindt | chocolate | -
toblerone | chocolate | -
kitkat | chocolate | -
pringles | chips | -
doritos | chips | -
fanta | soda | -
sprite | soda | -
red bull | soda | -
corona | beer | -
carlsberg | beer | -
nespresso | coffee | -
illy | coffee | -
starbucks | coffee | -
twinings | tea | -
garnier | shampoo | -
head and shoulders | shampoo | -
rexona | deodorant | -
axe | deodorant | -
sensodyne | toothpaste | -
palmolive | soap,dish soap | -
energizer | batteries | -
tide | detergent | en,hi,hi-en
budweiser | beer | en
estrella damm | beer | es
mahou | beer | es
puleva | milk | es
central lechera asturiana | milk,butter | es
la masia | oil | es
cuetara | biscuits | es
gallo | pasta,oil | es,pt
carte noire | coffee | fr
petit navire | tuna | fr
lustucru | pasta | fr
volvic | water | fr,de
candia | milk | fr
kronenbourg | beer | fr
le petit marseillais | soap,shampoo | fr
jacobs | coffee | de
tchibo | coffee | de
bahlsen | biscuits | de
leibniz | biscuits | de
weihenstephan | milk,yogurt | de
ehrmann | yogurt | de
krombacher | beer | de
paulaner | beer | de
zewa | paper towels,toilet paper | de
sagres | beer | pt
super bock | beer | pt
luso | water | pt
agros | milk | pt
milaneza | pasta | pt
mutti | tomatoes | it
peroni | beer | it
san pellegrino | water | it
levissima | water | it
parmalat | milk | it
galbani | cheese | it
kimbo | coffee | it
rummo | pasta | it
pavesi | biscuits | it
mother dairy | milk,ghee,paneer | hi,hi-en
red label | tea | hi,hi-en
wagh bakri | tea | hi,hi-en
sunfeast | biscuits | hi,hi-en
kurkure | chips | hi,hi-en
bingo | chips | hi,hi-en
saffola | oil | hi,hi-en
india gate | rice | hi,hi-en
daawat | rice | hi,hi-en
rin | detergent | hi,hi-en
pepsodent | toothpaste | hi,hi-en
himalaya | shampoo,soap | hi,hi-en
lux | soap | hi,hi-en
santoor | soap | hi,hi-en
clinic plus | shampoo | hi,hi-en
raymond | shirt,trousers | hi,hi-en
peter england | shirt | hi,hi-en
allen solly | shirt,trousers | hi,hi-en
bata | sandals,sneakers | hi,hi-en
campus | running shoes,sneakers | hi,hi-en
redmi | phone | hi,hi-en
realme | phone | hi,hi-en
vivo | phone | hi,hi-en
noise | smartwatch,headphones | hi,hi-en
"""


@dataclass(frozen=True)
class Brand:
    key: str
    concepts: frozenset[str]
    languages: frozenset[str] | None  # None = known everywhere


def _parse_brands(table: str) -> dict[str, Brand]:
    out = {}
    for line in table.strip().splitlines():
        key, concepts, langs = (f.strip() for f in line.split("|"))
        unknown = set(concepts.split(",")) - set(CONCEPTS)
        if unknown:
            raise ValueError(f"brand {key}: unknown concepts {unknown}")
        out[key] = Brand(key, frozenset(concepts.split(",")), None if langs == "-" else frozenset(langs.split(",")))
    return out


HAND_BRANDS = _parse_brands(_BRANDS)

# Named concept groups a template can be restricted to ("@battery: how long does the battery last")
CONCEPT_GROUPS = {
    "battery": frozenset({"phone", "laptop", "headphones", "tablet", "speaker", "camera", "smartwatch", "power bank"}),
    "wireless": frozenset({"phone", "laptop", "headphones", "tablet", "speaker", "smartwatch", "keyboard", "mouse"}),
}

# Price ranges (in the shopper's usual currency unit, before scaling) where the catalog has no prices.
PRICE_RANGES = {"food": (2, 15), "drink": (2, 20), "home": (3, 25), "care": (3, 30),
                "wear": (10, 120), "shoes": (30, 180), "tech": (20, 900)}
# concepts whose prices are far from their category's (a kettle is no laptop, a pan no sponge)
CONCEPT_PRICE_RANGES = {"hair dryer": (15, 120), "electric kettle": (15, 80), "microwave": (60, 300),
                        "vacuum cleaner": (60, 500), "gaming console": (200, 600), "frying pan": (10, 60),
                        "pillow": (8, 60)}
