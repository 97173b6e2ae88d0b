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
flip flops: flip flop | flip flops
rice: jasmine rice | jasmine rice
rice: brown rice | brown rice
rice: long grain rice | long grain rice
flour: whole wheat flour | whole wheat flour
flour: plain flour | plain flour
flour: self raising flour | self raising flour
flour: bread flour | bread flour
sugar: caster sugar | caster sugar
sugar: powdered sugar | powdered sugar
sugar: icing sugar | icing sugar
salt: sea salt | sea salt
salt: table salt | table salt
salt: pink himalayan salt | pink himalayan salt
apples: green apple | green apples
apples: granny smith apple | granny smith apples
oranges: mandarin orange | mandarin oranges
oranges: clementine | clementines
oranges: navel orange | navel oranges
potatoes: sweet potato | sweet potatoes
potatoes: baking potato | baking potatoes
onions: white onion | white onions
onions: spring onion | spring onions
tomatoes: cherry tomato | cherry tomatoes
tomatoes: plum tomato | plum tomatoes
eggs: free range egg | free range eggs
eggs: brown egg | brown eggs
bread: white bread | white bread | mass
bread: whole wheat bread | whole wheat bread | mass
bread: multigrain bread | multigrain bread | mass
bread: baguette | baguettes
bread: burger bun | burger buns | count
butter: unsalted butter | unsalted butter
butter: salted butter | salted butter
cheese: mozzarella | mozzarella
cheese: parmesan | parmesan
cheese: cream cheese | cream cheese
cheese: cottage cheese | cottage cheese
cheese: sliced cheese | sliced cheese
yogurt: yoghurt | yoghurts
yogurt: strawberry yogurt | strawberry yogurts
yogurt: low fat yogurt | low fat yogurts
coffee: instant coffee | instant coffee
coffee: coffee beans | coffee beans | pl
coffee: decaf coffee | decaf coffee
coffee: espresso | espresso
tea: black tea | black tea
tea: earl grey | earl grey
tea: herbal tea | herbal tea
tea: chamomile tea | chamomile tea
tea: tea bag | tea bags | count
pasta: penne | penne
pasta: fusilli | fusilli
pasta: macaroni | macaroni
pasta: whole wheat pasta | whole wheat pasta
pasta: lasagna sheets | lasagna sheets | pl
cereal: granola | granola
cereal: muesli | muesli
cereal: rolled oats | rolled oats | pl
cereal: corn flakes | corn flakes | pl
cereal: breakfast cereal | breakfast cereal
biscuits: chocolate chip cookie | chocolate chip cookies
crackers: cracker | crackers
biscuits: digestive biscuit | digestive biscuits
biscuits: oatmeal cookie | oatmeal cookies
chips: crisps | crisps | pl
chips: salt and vinegar chips | salt and vinegar chips | pl
chips: sour cream and onion chips | sour cream and onion chips | pl
chips: nachos | nachos | pl
chocolate: milk chocolate | milk chocolate
chocolate: white chocolate | white chocolate
chicken: chicken | chicken
chicken: boneless chicken | boneless chicken
chicken: ground chicken | ground chicken
tuna: canned tuna | canned tuna
tuna: tuna fish | tuna fish
beans: kidney beans | kidney beans | pl
beans: chickpeas | chickpeas | pl
beans: pinto beans | pinto beans | pl
beans: refried beans | refried beans | pl
lentils: red lentils | red lentils | pl
lentils: green lentils | green lentils | pl
lentils: split peas | split peas | pl
noodles: ramen noodles | ramen noodles | pl
noodles: rice noodles | rice noodles | pl
noodles: egg noodles | egg noodles | pl
noodles: cup noodle | cup noodles
honey: raw honey | raw honey
honey: manuka honey | manuka honey
paneer: fresh paneer | fresh paneer
ghee: cow ghee | cow ghee
ghee: clarified butter | clarified butter
oil: extra virgin olive oil | extra virgin olive oil
oil: sunflower oil | sunflower oil
oil: vegetable oil | vegetable oil
oil: coconut oil | coconut oil
oil: canola oil | canola oil
milk: whole milk | whole milk
milk: skim milk | skim milk
milk: semi skimmed milk | semi skimmed milk
milk: almond milk | almond milk
milk: soy milk | soy milk
milk: lactose free milk | lactose free milk
water: mineral water | mineral water
water: spring water | spring water
water: bottled water | bottled water
water: still water | still water
juice: cranberry juice | cranberry juice
juice: pineapple juice | pineapple juice
juice: mango juice | mango juice
juice: fresh orange juice | fresh orange juice
soda: cola | cola
soda: ginger ale | ginger ale
lemonade: lemonade | lemonade
soda: soft drink | soft drinks
soda: fizzy drink | fizzy drinks
beer: lager | lager
beer: craft beer | craft beer
beer: light beer | light beer
beer: pale ale | pale ale
wine: rose wine | rose wine
wine: sparkling wine | sparkling wine
wine: prosecco | prosecco
wine: champagne | champagne
wine: merlot | merlot
detergent: washing powder | washing powder
detergent: laundry liquid | laundry liquid
detergent: liquid detergent | liquid detergent
detergent: laundry pods | laundry pods | pl
toilet paper: toilet roll | toilet rolls | count
toilet paper: loo roll | loo rolls | count
toilet paper: bathroom tissue | bathroom tissue
paper towels: kitchen roll | kitchen rolls
paper towels: paper towel roll | paper towel rolls
dish soap: dishwashing liquid | dishwashing liquid
dish soap: washing up liquid | washing up liquid
dish soap: dish detergent | dish detergent
trash bags: bin bag | bin bags
trash bags: bin liner | bin liners
trash bags: kitchen trash bag | kitchen trash bags
batteries: aaa battery | aaa batteries
batteries: rechargeable battery | rechargeable batteries
batteries: nine volt battery | nine volt batteries
batteries: lithium battery | lithium batteries
light bulbs: led bulb | led bulbs
light bulbs: lightbulb | lightbulbs
light bulbs: smart bulb | smart bulbs
light bulbs: energy saving bulb | energy saving bulbs
shampoo: anti dandruff shampoo | anti dandruff shampoos
shampoo: baby shampoo | baby shampoos
shampoo: dry shampoo | dry shampoos
soap: antibacterial soap | antibacterial soap | mass
soap: bath soap | bath soap | mass
toothpaste: whitening toothpaste | whitening toothpaste
toothpaste: kids toothpaste | kids toothpaste
toothbrush: soft toothbrush | soft toothbrushes
toothbrush: manual toothbrush | manual toothbrushes
diapers: nappy | nappies
diapers: baby diaper | baby diapers
diapers: pull up | pull ups
deodorant: roll on | roll ons
deodorant: antiperspirant | antiperspirants
deodorant: deodorant spray | deodorant sprays
deodorant: body spray | body sprays
razors: disposable razor | disposable razors
razors: razor blade | razor blades
razors: safety razor | safety razors
phone: cell phone | cell phones
phone: mobile phone | mobile phones
phone: android phone | android phones
laptop: notebook | notebooks
laptop: gaming laptop | gaming laptops
laptop: chromebook | chromebooks
laptop: laptop computer | laptop computers
headphones: noise cancelling headphones | noise cancelling headphones | pl
headphones: wireless earbuds | wireless earbuds | pl
headphones: earphones | earphones | pl
headphones: over ear headphones | over ear headphones | pl
tv: television | televisions
tv: smart tv | smart tvs
tv: flat screen tv | flat screen tvs
tv: four k tv | four k tvs
tablet: android tablet | android tablets
tablet: drawing tablet | drawing tablets
charger: wall charger | wall chargers
charger: fast charger | fast chargers
charger: usb c charger | usb c chargers
charger: laptop charger | laptop chargers
charger: wireless charger | wireless chargers
phone case: phone cover | phone covers
phone case: silicone case | silicone cases
phone case: flip cover | flip covers
mouse: computer mouse | computer mice
mouse: gaming mouse | gaming mice
keyboard: mechanical keyboard | mechanical keyboards
keyboard: wireless keyboard | wireless keyboards
monitor: gaming monitor | gaming monitors
monitor: computer monitor | computer monitors
monitor: curved monitor | curved monitors
printer: laser printer | laser printers
printer: inkjet printer | inkjet printers
printer: all in one printer | all in one printers
speaker: smart speaker | smart speakers
speaker: portable speaker | portable speakers
camera: digital camera | digital cameras
camera: action camera | action cameras
camera: security camera | security cameras
smartwatch: smart watch | smart watches
smartwatch: fitness band | fitness bands
memory card: sd card | sd cards
memory card: micro sd card | micro sd cards
cable: usb cable | usb cables
cable: hdmi cable | hdmi cables
cable: usb c cable | usb c cables
cable: lightning cable | lightning cables
hard drive: portable hard drive | portable hard drives
hard drive: hard disk | hard disks
hard drive: ssd | ssds
hard drive: solid state drive | solid state drives
usb drive: flash drive | flash drives
usb drive: usb stick | usb sticks
usb drive: pen drive | pen drives
router: wireless router | wireless routers
router: mesh router | mesh routers
router: modem router | modem routers
graphics card: gpu | gpus
graphics card: video card | video cards
tshirt: t shirt | t shirts
tshirt: tshirt | tshirts
tshirt: graphic tee | graphic tees
tshirt: v neck t shirt | v neck t shirts
shirt: polo shirt | polo shirts
shirt: dress shirt | dress shirts
shirt: flannel shirt | flannel shirts
shirt: linen shirt | linen shirts
jeans: slim fit jeans | slim fit jeans | pl
jeans: straight leg jeans | straight leg jeans | pl
jeans: ripped jeans | ripped jeans | pl
jeans: denim jeans | denim jeans | pl
trousers: trousers | trousers | pl
trousers: cargo pants | cargo pants | pl
trousers: sweatpants | sweatpants | pl
trousers: joggers | joggers | pl
trousers: track pants | track pants | pl
trousers: dress pants | dress pants | pl
dress: maxi dress | maxi dresses
dress: midi dress | midi dresses
dress: party dress | party dresses
dress: cocktail dress | cocktail dresses
skirt: mini skirt | mini skirts
skirt: pleated skirt | pleated skirts
skirt: denim skirt | denim skirts
skirt: pencil skirt | pencil skirts
jacket: denim jacket | denim jackets
jacket: leather jacket | leather jackets
jacket: puffer jacket | puffer jackets
jacket: bomber jacket | bomber jackets
jacket: windbreaker | windbreakers
jacket: coat | coats
jacket: winter coat | winter coats
sweater: jumper | jumpers
sweater: pullover | pullovers
sweater: turtleneck | turtlenecks
sweater: wool sweater | wool sweaters
hoodie: zip up hoodie | zip up hoodies
hoodie: sweatshirt | sweatshirts
hoodie: hooded sweatshirt | hooded sweatshirts
socks: crew sock | crew socks
socks: wool sock | wool socks
socks: no show sock | no show socks
socks: compression sock | compression socks
cap: trucker cap | trucker caps
cap: snapback | snapbacks
cap: beanie | beanies
cap: bucket hat | bucket hats
kurta: cotton kurta | cotton kurtas
kurta: kurti | kurtis
saree: sari | saris
saree: silk saree | silk sarees
saree: cotton saree | cotton sarees
sneakers: canvas sneaker | canvas sneakers
sneakers: high top | high tops
sneakers: tennis shoe | tennis shoes
running shoes: trail running shoe | trail running shoes
running shoes: jogging shoe | jogging shoes
running shoes: sports shoe | sports shoes
boots: hiking boot | hiking boots
boots: rain boot | rain boots
boots: chelsea boot | chelsea boots
boots: work boot | work boots
boots: snow boot | snow boots
sandals: slide | slides
slippers: slipper | slippers
sandals: strappy sandal | strappy sandals
# Product words of the 40 concepts added after the first tables (sausages ... heels in concepts.py).
# Plain "lemonade" and "slipper" sit above, moved there from soda and sandals.
sausages: sausage | sausages
sausages: pork sausage | pork sausages
sausages: hot dog | hot dogs
ham: ham | ham
ham: sliced ham | sliced ham
ham: honey roast ham | honey roast ham
carrots: carrot | carrots
carrots: baby carrot | baby carrots
grapes: grape | grapes
grapes: seedless grape | seedless grapes
grapes: red grape | red grapes
lemons: lemon | lemons
lemons: unwaxed lemon | unwaxed lemons
peanut butter: peanut butter | peanut butter
peanut butter: crunchy peanut butter | crunchy peanut butter
peanut butter: smooth peanut butter | smooth peanut butter
jam: jam | jam
jam: strawberry jam | strawberry jam
jam: grape jelly | grape jelly
ketchup: ketchup | ketchup
ketchup: tomato ketchup | tomato ketchup
mushrooms: mushroom | mushrooms
mushrooms: button mushroom | button mushrooms
mushrooms: portobello mushroom | portobello mushrooms
ice cream: ice cream | ice cream
ice cream: vanilla ice cream | vanilla ice cream
ice cream: gelato | gelato
olives: olive | olives
olives: green olive | green olives
olives: kalamata olive | kalamata olives
salmon: salmon | salmon
salmon: smoked salmon | smoked salmon
salmon: salmon fillet | salmon fillets | count
energy drink: energy drink | energy drinks | item
energy drink: sugar free energy drink | sugar free energy drinks | item
lemonade: pink lemonade | pink lemonade
lemonade: cloudy lemonade | cloudy lemonade
lemonade: sparkling lemonade | sparkling lemonade
sponges: sponge | sponges
sponges: kitchen sponge | kitchen sponges
sponges: scouring pad | scouring pads
fabric softener: fabric softener | fabric softener
fabric softener: softener | softener
candles: candle | candles
candles: scented candle | scented candles
candles: tea light | tea lights
bleach: bleach | bleach
bleach: chlorine bleach | chlorine bleach
frying pan: frying pan | frying pans
frying pan: skillet | skillets
frying pan: non stick pan | non stick pans
towels: towel | towels
towels: bath towel | bath towels
towels: hand towel | hand towels
pillow: pillow | pillows
pillow: bed pillow | bed pillows
pillow: memory foam pillow | memory foam pillows
conditioner: conditioner | conditioners
conditioner: hair conditioner | hair conditioners
conditioner: leave in conditioner | leave in conditioners
sunscreen: sunscreen | sunscreens
sunscreen: sun cream | sun creams
sunscreen: sunblock | sunblocks
face cream: face cream | face creams
face cream: moisturizer | moisturizers
face cream: night cream | night creams
hand wash: hand wash | hand wash | mass
hand wash: liquid hand wash | liquid hand wash | mass
body lotion: body lotion | body lotions
body lotion: lotion | lotions
webcam: webcam | webcams
webcam: web camera | web cameras
microwave: microwave | microwaves
microwave: microwave oven | microwave ovens
vacuum cleaner: vacuum cleaner | vacuum cleaners
vacuum cleaner: vacuum | vacuums
vacuum cleaner: cordless vacuum | cordless vacuums
hair dryer: hair dryer | hair dryers
hair dryer: hairdryer | hairdryers
hair dryer: blow dryer | blow dryers
electric kettle: electric kettle | electric kettles
electric kettle: kettle | kettles
gaming console: gaming console | gaming consoles
gaming console: games console | games consoles
gaming console: video game console | video game consoles
shorts: shorts | shorts | pl
shorts: denim shorts | denim shorts | pl
shorts: gym shorts | gym shorts | pl
pyjamas: pyjamas | pyjamas | pl
pyjamas: pajamas | pajamas | pl
pyjamas: pajama set | pajama sets
gloves: glove | gloves
gloves: winter glove | winter gloves
gloves: leather glove | leather gloves
scarf: scarf | scarves
scarf: wool scarf | wool scarves
scarf: silk scarf | silk scarves
swimsuit: swimsuit | swimsuits
swimsuit: bathing suit | bathing suits
swimsuit: swimming costume | swimming costumes
belt: belt | belts
belt: leather belt | leather belts
slippers: house slipper | house slippers
slippers: bedroom slipper | bedroom slippers
slippers: house shoe | house shoes
heels: high heel | high heels
heels: heels | heels | pl
heels: stiletto | stilettos
# corpus v7: the new concepts
garlic: garlic | garlic | mass
garlic: garlic bulb | garlic bulbs
cucumbers: cucumber | cucumbers
bell peppers: bell pepper | bell peppers
bell peppers: red pepper | red peppers
bell peppers: capsicum | capsicums
lettuce: lettuce | lettuces
lettuce: iceberg lettuce | iceberg lettuces
spinach: spinach | spinach | mass
spinach: baby spinach | baby spinach | mass
strawberries: strawberry | strawberries
watermelon: watermelon | watermelons
mangoes: mango | mangoes
mangoes: alphonso mango | alphonso mangoes
pears: pear | pears
peaches: peach | peaches
avocados: avocado | avocados
pineapple: pineapple | pineapples
sweetcorn: sweetcorn | sweetcorn | mass
sweetcorn: corn | corn | mass
peas: peas | peas | pl
peas: frozen peas | frozen peas | pl
oats: oats | oats | pl
oats: porridge oats | porridge oats | pl
oats: oatmeal | oatmeal | mass
crackers: rice cracker | rice crackers
popcorn: popcorn | popcorn | mass
popcorn: microwave popcorn | microwave popcorn | mass
almonds: almond | almonds
raisins: raisin | raisins
cream: cream | cream | mass
cream: heavy cream | heavy cream | mass
cream: whipping cream | whipping cream | mass
mayonnaise: mayonnaise | mayonnaise | mass
mayonnaise: mayo | mayo | mass
mustard: mustard | mustard | mass
mustard: dijon mustard | dijon mustard | mass
vinegar: vinegar | vinegar | mass
vinegar: balsamic vinegar | balsamic vinegar | mass
soy sauce: soy sauce | soy sauce | mass
black pepper: black pepper | black pepper | mass
black pepper: ground pepper | ground pepper | mass
cake: cake | cakes
cake: chocolate cake | chocolate cakes
cake: birthday cake | birthday cakes
frozen pizza: frozen pizza | frozen pizzas
frozen pizza: pizza | pizzas
soup: soup | soups
soup: tomato soup | tomato soups
sardines: sardines | sardines | pl
prawns: prawns | prawns | pl
prawns: shrimp | shrimp | mass
minced beef: minced beef | minced beef | mass
minced beef: ground beef | ground beef | mass
tofu: tofu | tofu | mass
bacon: bacon | bacon | mass
croissants: croissant | croissants
tortillas: tortilla | tortillas
tortillas: wrap | wraps
baby food: baby food | baby food | mass
dog food: dog food | dog food | mass
dog food: dry dog food | dry dog food | mass
cat food: cat food | cat food | mass
coconut water: coconut water | coconut water | mass
iced tea: iced tea | iced tea | mass
iced tea: peach iced tea | peach iced tea | mass
hot chocolate: hot chocolate | hot chocolate | mass
hot chocolate: cocoa powder | cocoa powder | mass
whisky: whisky | whisky | mass
whisky: whiskey | whiskey | mass
whisky: scotch | scotch | mass
dishwasher tablets: dishwasher tablet | dishwasher tablets
dishwasher tablets: dishwasher pods | dishwasher pods | pl
aluminium foil: aluminium foil | aluminium foil | mass
aluminium foil: tin foil | tin foil | mass
aluminium foil: cling film | cling film | mass
napkins: napkin | napkins
napkins: paper napkin | paper napkins
air freshener: air freshener | air fresheners
air freshener: room spray | room sprays
glass cleaner: glass cleaner | glass cleaner | mass
glass cleaner: window cleaner | window cleaner | mass
broom: broom | brooms
mop: mop | mops
mop: spin mop | spin mops
bucket: bucket | buckets
hangers: hanger | hangers
hangers: clothes hanger | clothes hangers
plates: plate | plates
plates: dinner plate | dinner plates
plates: paper plate | paper plates
mugs: mug | mugs
mugs: coffee mug | coffee mugs
kitchen knife: kitchen knife | kitchen knives
kitchen knife: chef's knife | chef's knives
blanket: blanket | blankets
blanket: duvet | duvets
bedsheets: bed sheet | bed sheets
bedsheets: fitted sheet | fitted sheets
curtains: curtain | curtains
curtains: blackout curtain | blackout curtains
lamp: lamp | lamps
lamp: desk lamp | desk lamps
lamp: floor lamp | floor lamps
mouthwash: mouthwash | mouthwashes
shaving foam: shaving foam | shaving foam | mass
shaving foam: shaving cream | shaving cream | mass
shaving foam: shaving gel | shaving gel | mass
hair oil: hair oil | hair oil | mass
perfume: perfume | perfumes
perfume: cologne | colognes
lipstick: lipstick | lipsticks
lipstick: lip gloss | lip glosses
nail polish: nail polish | nail polishes
nail polish: nail varnish | nail varnishes
wet wipes: wet wipes | wet wipes | pl
wet wipes: baby wipes | baby wipes | pl
hand sanitizer: hand sanitizer | hand sanitizers
comb: comb | combs
comb: hairbrush | hairbrushes
vitamins: vitamins | vitamins | pl
vitamins: vitamin c | vitamin c | mass
vitamins: multivitamins | multivitamins | pl
plasters: plasters | plasters | pl
plasters: band aids | band aids | pl
plasters: bandages | bandages | pl
projector: projector | projectors
projector: mini projector | mini projectors
ereader: ereader | ereaders
ereader: e reader | e readers
ereader: kindle | kindles
drone: drone | drones
drone: camera drone | camera drones
power strip: power strip | power strips
power strip: extension lead | extension leads
power strip: surge protector | surge protectors
iron: iron | irons
iron: steam iron | steam irons
blender: blender | blenders
blender: hand blender | hand blenders
blender: mixer grinder | mixer grinders
toaster: toaster | toasters
coffee machine: coffee machine | coffee machines
coffee machine: coffee maker | coffee makers
coffee machine: espresso machine | espresso machines
fan: fan | fans
fan: ceiling fan | ceiling fans
fan: table fan | table fans
heater: heater | heaters
heater: space heater | space heaters
air fryer: air fryer | air fryers
washing machine: washing machine | washing machines
washing machine: washer | washers
fridge: fridge | fridges
fridge: refrigerator | refrigerators
microphone: microphone | microphones
microphone: mic | mics
ink cartridge: ink cartridge | ink cartridges
ink cartridge: printer ink | printer ink | mass
ink cartridge: toner | toners
coat: overcoat | overcoats
blouse: blouse | blouses
leggings: leggings | leggings | pl
leggings: yoga pants | yoga pants | pl
tie: tie | ties
tie: necktie | neckties
hat: hat | hats
hat: sun hat | sun hats
raincoat: raincoat | raincoats
suit: suit | suits
suit: business suit | business suits
sunglasses: sunglasses | sunglasses | pl
sunglasses: shades | shades | pl
watch: watch | watches
watch: wristwatch | wristwatches
backpack: backpack | backpacks
backpack: school bag | school bags
backpack: rucksack | rucksacks
handbag: handbag | handbags
handbag: purse | purses
handbag: tote bag | tote bags
wallet: wallet | wallets
umbrella: umbrella | umbrellas
loafers: loafers | loafers | pl
ballet flats: ballet flats | ballet flats | pl
ballet flats: flats | flats | pl
formal shoes: formal shoes | formal shoes | pl
formal shoes: dress shoes | dress shoes | pl
formal shoes: oxfords | oxfords | pl
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
kilo: kilogram | kilograms
kilo: kg | kgs
bag: sack | sacks
pack: packet | packets
pack: multipack | multipacks
box: case | cases
carton: tetra pack | tetra packs
bottle: jug | jugs
litre: litre | litres
can: tin | tins
jar: tub | tubs
tube: squeeze tube | squeeze tubes
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
navy blue
dark blue
light blue
sky blue
royal blue
midnight blue
dark green
light green
olive green
mint green
forest green
light grey
dark grey
light gray
charcoal grey
space grey
wine red
dark red
burgundy
maroon
off white
cream
ivory
baby pink
hot pink
rose gold
lavender
teal
turquoise
khaki
mustard yellow
matte black
jet black
tan
"""

SIZES = {
    "wear": "small\nmedium\nlarge\nextra large\nextra small\nxl\nxxl\nxs\n8\n10\n12\n14",
    "shoes": "7\n8\n9\n10\n11\n12\n9 and a half\n10 and a half\nnine\nten\neleven",
}
SIZE_UNITS = {"gb": "{} gb", "tb": "{} terabyte", "inch": "{} inch"}

NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
           9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 24: "twenty four",
           25: "twenty five", 30: "thirty", 50: "fifty", 100: "a hundred"}
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
the day before yesterday
earlier today
this afternoon
yesterday morning
yesterday afternoon
last time
the other day
three days ago
a week ago
two weeks ago
earlier this week
earlier this month
last wednesday
last thursday
last saturday
last sunday
last weekend
on|wednesday
on|thursday
on|black friday
on|cyber monday
on|prime day
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
the day after tomorrow
tomorrow morning
tomorrow evening
tomorrow night
later today
this evening
this afternoon
next monday
next friday
this saturday
this coming tuesday
on|monday
on|wednesday
on|thursday
next month
in|two days
in|a couple of days
at|the end of the month
at|the end of the week
on|christmas day
on|new year's eve
on|new year's day
on|thanksgiving
on|black friday
on|labor day
on|memorial day
""",
    # {date:for}: what a list or a purchase is for ("add milk to my list for saturday"); "for" stays out of the span
    "for": """
for|saturday
for|sunday
for|friday
for|monday
for|tomorrow
for|tonight
for|tomorrow night
for|this weekend
for|the weekend
for|next week
for|this week
for|next weekend
for|the day after tomorrow
for|christmas
for|christmas eve
for|thanksgiving
for|new year's eve
for|next saturday
for|this friday
for|sunday morning
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
high street
broadway
market street
fifth avenue
lakeside
king street
west end
harbor point
sunset boulevard
south park
maple drive
university avenue
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
the|{} kroger
the|{} aldi
the|{} lidl
the|{} home depot
the|{} walgreens
the|{} cvs
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
             "between {price_min:bare} and {price_max}\nbetween {price_min} and {price_max}\n"
             "from {price_min:bare} to {price_max}\nin the {price_min:bare} to {price_max:bare} range\n"
             "over {price_min}\nmore than {price_min}\n"
             "at most {price_max}\nup to {price_max}",
}

AGREE = {
    "a": {"sg": "a", "pl": "", "mass": ""},
    "is": "is/are",
    "it": {"sg": "it", "pl": "them", "mass": "it", "mass.pl": "them"},
    "this": "this/these",
    "that": "that/those",
    "one": "one/ones",
    "they": {"sg": "it", "pl": "they", "mass": "it", "mass.pl": "they"},
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
