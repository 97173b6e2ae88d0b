"""Spanish words (neutral, with a few Latin American variants). Tag `a` marks feminine nouns with a
stressed a- that take masculine articles in the singular (el agua, un agua)."""

PRODUCTS = """
rice: arroz | arroces | m
flour: harina | harinas | f
sugar: azúcar | azúcares | m
salt: sal | sales | f
apples: manzana | manzanas | f
bananas: plátano | plátanos | m
bananas: banana | bananas | f
oranges: naranja | naranjas | f
potatoes: patata | patatas | f
potatoes: papa | papas | f
onions: cebolla | cebollas | f
tomatoes: tomate | tomates | m
eggs: huevo | huevos | m
bread: pan de molde | panes de molde | m.mass
bread: barra de pan | barras de pan | f
butter: mantequilla | mantequillas | f
cheese: queso | quesos | m
cheese: queso rallado | quesos rallados | m
yogurt: yogur | yogures | m
coffee: café | cafés | m
coffee: café molido | cafés molidos | m
tea: té verde | tés verdes | m
pasta: macarrones | macarrones | m.pl
pasta: espaguetis | espaguetis | m.pl
cereal: cereales | cereales | m.pl
biscuits: galleta | galletas | f
chips: patatas fritas | patatas fritas | f.pl
chocolate: chocolate negro | chocolates negros | m
chicken: pechuga de pollo | pechugas de pollo | f.mass
tuna: atún | atunes | m
beans: alubias | alubias | f.pl
beans: frijoles | frijoles | m.pl
lentils: lenteja | lentejas | f
noodles: fideos | fideos | m.pl
honey: miel | mieles | f
oil: aceite de oliva | aceites de oliva | m
oil: aceite de girasol | aceites de girasol | m
milk: leche | leches | f
milk: leche desnatada | leches desnatadas | f
water: agua | aguas | f.a
water: agua con gas | aguas con gas | f.a
juice: zumo de naranja | zumos de naranja | m
juice: jugo | jugos | m
soda: refresco | refrescos | m
beer: cerveza | cervezas | f
wine: vino tinto | vinos tintos | m
detergent: detergente | detergentes | m
toilet paper: papel higiénico | papel higiénico | m
paper towels: papel de cocina | papel de cocina | m.mass
dish soap: lavavajillas | lavavajillas | m.mass
trash bags: bolsa de basura | bolsas de basura | f
batteries: pila | pilas | f
light bulbs: bombilla | bombillas | f
shampoo: champú | champús | m
soap: jabón | jabones | m
toothpaste: pasta de dientes | pastas de dientes | f
toothbrush: cepillo de dientes | cepillos de dientes | m
diapers: pañal | pañales | m
deodorant: desodorante | desodorantes | m
razors: cuchilla de afeitar | cuchillas de afeitar | f
phone: móvil | móviles | m
phone: celular | celulares | m
laptop: portátil | portátiles | m
laptop: ordenador portátil | ordenadores portátiles | m
headphones: auriculares | auriculares | m.pl
headphones: cascos | cascos | m.pl
tv: televisor | televisores | m
tv: tele | teles | f
tablet: tablet | tablets | f
charger: cargador | cargadores | m
phone case: funda de móvil | fundas de móvil | f
mouse: ratón | ratones | m
keyboard: teclado | teclados | m
monitor: monitor | monitores | m
printer: impresora | impresoras | f
speaker: altavoz | altavoces | m
camera: cámara | cámaras | f
smartwatch: reloj inteligente | relojes inteligentes | m
smartwatch: smartwatch | smartwatches | m
memory card: tarjeta de memoria | tarjetas de memoria | f
cable: cable usb | cables usb | m
power bank: batería externa | baterías externas | f
hard drive: disco duro | discos duros | m
usb drive: pendrive | pendrives | m
router: router | routers | m
tshirt: camiseta | camisetas | f
shirt: camisa | camisas | f
jeans: vaqueros | vaqueros | m.pl
jeans: jeans | jeans | m.pl
trousers: pantalón | pantalones | m
dress: vestido | vestidos | m
skirt: falda | faldas | f
jacket: chaqueta | chaquetas | f
sweater: jersey | jerséis | m
sweater: suéter | suéteres | m
hoodie: sudadera | sudaderas | f
socks: calcetín | calcetines | m
cap: gorra | gorras | f
sneakers: zapatilla | zapatillas | f
sneakers: tenis | tenis | m
running shoes: zapatilla de running | zapatillas de running | f
boots: bota | botas | f
sandals: sandalia | sandalias | f
sandals: chancla | chanclas | f
rice: arroz integral | arroces integrales | m
rice: arroz basmati | arroces basmati | m
rice: arroz redondo | arroces redondos | m
flour: harina de trigo | harinas de trigo | f
flour: harina de maíz | harinas de maíz | f
sugar: azúcar moreno | azúcares morenos | m
sugar: azúcar blanco | azúcares blancos | m
salt: sal marina | sales marinas | f
salt: sal fina | sales finas | f
apples: manzana golden | manzanas golden | f
apples: manzana reineta | manzanas reinetas | f
bananas: plátano de canarias | plátanos de canarias | m
oranges: naranja de zumo | naranjas de zumo | f
potatoes: patata nueva | patatas nuevas | f
onions: cebolla dulce | cebollas dulces | f
tomatoes: tomate cherry | tomates cherry | m
tomatoes: tomate pera | tomates pera | m
eggs: huevo de corral | huevos de corral | m
eggs: huevo ecológico | huevos ecológicos | m
bread: pan integral | panes integrales | m.mass
bread: baguette | baguettes | f
bread: pan de hamburguesa | panes de hamburguesa | m
butter: mantequilla sin sal | mantequillas sin sal | f
butter: margarina | margarinas | f
cheese: queso manchego | quesos manchegos | m
cheese: queso fresco | quesos frescos | m
cheese: queso en lonchas | quesos en lonchas | m
yogurt: yogur natural | yogures naturales | m
yogurt: yogur griego | yogures griegos | m
yogurt: yogur desnatado | yogures desnatados | m
coffee: café en grano | cafés en grano | m
coffee: café soluble | cafés solubles | m
coffee: café descafeinado | cafés descafeinados | m
coffee: cápsula de café | cápsulas de café | f.count
tea: té | tés | m
tea: té negro | tés negros | m
tea: bolsita de té | bolsitas de té | f.count
pasta: pasta | pastas | f
pasta: tallarines | tallarines | m.pl
pasta: macarrones integrales | macarrones integrales | m.pl
cereal: copos de avena | copos de avena | m.pl
cereal: copos de maíz | copos de maíz | m.pl
cereal: muesli | muesli | m
biscuits: galleta de chocolate | galletas de chocolate | f
biscuits: galleta maría | galletas maría | f
chips: papas fritas | papas fritas | f.pl
chips: nachos | nachos | m.pl
chocolate: chocolate con leche | chocolates con leche | m
chocolate: tableta de chocolate | tabletas de chocolate | f
chocolate: chocolate con almendras | chocolates con almendras | m
chicken: pollo | pollos | m
chicken: muslo de pollo | muslos de pollo | m.count
chicken: filete de pollo | filetes de pollo | m.count
chicken: alita de pollo | alitas de pollo | f.count
tuna: atún en aceite de oliva | atunes en aceite de oliva | m
tuna: atún claro | atunes claros | m
tuna: bonito del norte | bonitos del norte | m
beans: judías blancas | judías blancas | f.pl
beans: frijoles negros | frijoles negros | m.pl
lentils: lenteja pardina | lentejas pardinas | f
noodles: fideos chinos | fideos chinos | m.pl
noodles: fideos instantáneos | fideos instantáneos | m.pl
noodles: ramen | ramen | m.mass
honey: miel de flores | mieles de flores | f
honey: miel de abeja | mieles de abeja | f
oil: aceite de oliva virgen extra | aceites de oliva virgen extra | m
oil: aceite | aceites | m
oil: aceite de coco | aceites de coco | m
milk: leche entera | leches enteras | f
milk: leche semidesnatada | leches semidesnatadas | f
milk: leche sin lactosa | leches sin lactosa | f
milk: leche de avena | leches de avena | f
water: agua mineral | aguas minerales | f.a
water: agua sin gas | aguas sin gas | f.a
juice: zumo | zumos | m
juice: zumo de piña | zumos de piña | m
juice: jugo de naranja | jugos de naranja | m
soda: refresco de cola | refrescos de cola | m
soda: gaseosa | gaseosas | f
soda: tónica | tónicas | f
beer: cerveza sin alcohol | cervezas sin alcohol | f
beer: cerveza artesana | cervezas artesanas | f
beer: birra | birras | f
wine: vino | vinos | m
wine: vino blanco | vinos blancos | m
wine: vino rosado | vinos rosados | m
wine: cava | cavas | m
detergent: detergente líquido | detergentes líquidos | m
detergent: detergente para la ropa | detergentes para la ropa | m
toilet paper: rollo de papel higiénico | rollos de papel higiénico | m.count
paper towels: rollo de cocina | rollos de cocina | m
dish soap: jabón lavavajillas | jabones lavavajillas | m.mass
dish soap: lavavajillas a mano | lavavajillas a mano | m.mass
batteries: pila alcalina | pilas alcalinas | f
batteries: pila recargable | pilas recargables | f
light bulbs: bombilla led | bombillas led | f
light bulbs: bombilla de bajo consumo | bombillas de bajo consumo | f
light bulbs: foco | focos | m
shampoo: champú anticaspa | champús anticaspa | m
soap: jabón de manos | jabones de manos | m
soap: pastilla de jabón | pastillas de jabón | f
soap: gel de ducha | geles de ducha | m
toothpaste: dentífrico | dentífricos | m
toothpaste: crema dental | cremas dentales | f
toothbrush: cepillo de dientes eléctrico | cepillos de dientes eléctricos | m
toothbrush: cepillo eléctrico | cepillos eléctricos | m
diapers: pañal desechable | pañales desechables | m
deodorant: desodorante en spray | desodorantes en spray | m
deodorant: desodorante roll on | desodorantes roll on | m
razors: maquinilla de afeitar | maquinillas de afeitar | f
razors: cuchilla | cuchillas | f
phone: teléfono móvil | teléfonos móviles | m
phone: smartphone | smartphones | m
phone: teléfono | teléfonos | m
laptop: computadora portátil | computadoras portátiles | f
laptop: laptop | laptops | f
headphones: auriculares inalámbricos | auriculares inalámbricos | m.pl
headphones: auriculares bluetooth | auriculares bluetooth | m.pl
headphones: audífonos | audífonos | m.pl
tv: smart tv | smart tvs | f
tv: televisión | televisiones | f
tablet: tableta | tabletas | f
charger: cargador de móvil | cargadores de móvil | m
charger: cargador rápido | cargadores rápidos | m
phone case: funda | fundas | f
phone case: carcasa de móvil | carcasas de móvil | f
mouse: ratón inalámbrico | ratones inalámbricos | m
mouse: mouse | mouses | m
keyboard: teclado inalámbrico | teclados inalámbricos | m
keyboard: teclado mecánico | teclados mecánicos | m
monitor: monitor gaming | monitores gaming | m
monitor: pantalla de ordenador | pantallas de ordenador | f
printer: impresora multifunción | impresoras multifunción | f
printer: impresora láser | impresoras láser | f
speaker: altavoz bluetooth | altavoces bluetooth | m
speaker: altavoz inteligente | altavoces inteligentes | m
speaker: bocina | bocinas | f
camera: cámara de fotos | cámaras de fotos | f
camera: cámara digital | cámaras digitales | f
camera: cámara deportiva | cámaras deportivas | f
memory card: tarjeta sd | tarjetas sd | f
memory card: tarjeta micro sd | tarjetas micro sd | f
cable: cable de carga | cables de carga | m
cable: cable hdmi | cables hdmi | m
cable: cable tipo c | cables tipo c | m
power bank: powerbank | powerbanks | m
power bank: cargador portátil | cargadores portátiles | m
hard drive: disco duro externo | discos duros externos | m
hard drive: disco ssd | discos ssd | m
usb drive: memoria usb | memorias usb | f
router: router wifi | routers wifi | m
router: módem | módems | m
graphics card: tarjeta gráfica | tarjetas gráficas | f
tshirt: camiseta de manga corta | camisetas de manga corta | f
tshirt: playera | playeras | f
tshirt: remera | remeras | f
shirt: camisa de manga larga | camisas de manga larga | f
shirt: polo | polos | m
jeans: pantalón vaquero | pantalones vaqueros | m
jeans: tejanos | tejanos | m.pl
trousers: pantalón de chándal | pantalones de chándal | m
trousers: pantalón de traje | pantalones de traje | m
dress: vestido de fiesta | vestidos de fiesta | m
dress: vestido largo | vestidos largos | m
skirt: minifalda | minifaldas | f
skirt: falda vaquera | faldas vaqueras | f
jacket: cazadora | cazadoras | f
jacket: chaqueta vaquera | chaquetas vaqueras | f
jacket: chaqueta de cuero | chaquetas de cuero | f
jacket: chamarra | chamarras | f
sweater: jersey de lana | jerséis de lana | m
sweater: jersey de cuello alto | jerséis de cuello alto | m
hoodie: sudadera con capucha | sudaderas con capucha | f
socks: calcetín tobillero | calcetines tobilleros | m
socks: calcetín de deporte | calcetines de deporte | m
cap: gorra de béisbol | gorras de béisbol | f
sneakers: zapatilla deportiva | zapatillas deportivas | f
sneakers: deportiva | deportivas | f
running shoes: zapatilla para correr | zapatillas para correr | f
running shoes: zapatilla de correr | zapatillas de correr | f
boots: bota de montaña | botas de montaña | f
boots: botín | botines | m
boots: bota de agua | botas de agua | f
sandals: sandalia de playa | sandalias de playa | f
sandals: chancla de piscina | chanclas de piscina | f
# New concepts (concepts.py, "sausages" ... "heels").
sausages: salchicha | salchichas | f
sausages: salchicha de frankfurt | salchichas de frankfurt | f
sausages: salchicha de pavo | salchichas de pavo | f
ham: jamón | jamones | m
ham: jamón serrano | jamones serranos | m
ham: jamón de york | jamones de york | m
carrots: zanahoria | zanahorias | f
grapes: uva | uvas | f
grapes: uva sin pepitas | uvas sin pepitas | f
grapes: uva negra | uvas negras | f
lemons: limón | limones | m
peanut butter: crema de cacahuete | cremas de cacahuete | f
peanut butter: mantequilla de cacahuete | mantequillas de cacahuete | f
peanut butter: crema de maní | cremas de maní | f
jam: mermelada | mermeladas | f
jam: mermelada de fresa | mermeladas de fresa | f
jam: confitura | confituras | f
ketchup: kétchup | kétchups | m
ketchup: cátsup | cátsups | m
mushrooms: champiñón | champiñones | m
mushrooms: seta | setas | f
mushrooms: hongo | hongos | m
ice cream: helado | helados | m
ice cream: helado de vainilla | helados de vainilla | m
ice cream: helado de chocolate | helados de chocolate | m
olives: aceituna | aceitunas | f
olives: aceituna rellena | aceitunas rellenas | f
olives: aceituna sin hueso | aceitunas sin hueso | f
salmon: salmón | salmones | m
salmon: salmón ahumado | salmones ahumados | m
salmon: lomo de salmón | lomos de salmón | m.count
energy drink: bebida energética | bebidas energéticas | f
energy drink: bebida energizante | bebidas energizantes | f
lemonade: limonada | limonadas | f
lemonade: limonada natural | limonadas naturales | f
sponges: esponja | esponjas | f
sponges: esponja de cocina | esponjas de cocina | f
sponges: estropajo | estropajos | m
fabric softener: suavizante | suavizantes | m
fabric softener: suavizante para la ropa | suavizantes para la ropa | m
candles: vela | velas | f
candles: vela aromática | velas aromáticas | f
candles: vela de cumpleaños | velas de cumpleaños | f
bleach: lejía | lejías | f
bleach: cloro | cloros | m
frying pan: sartén | sartenes | f
frying pan: sartén antiadherente | sartenes antiadherentes | f
towels: toalla | toallas | f
towels: toalla de baño | toallas de baño | f
towels: toalla de playa | toallas de playa | f
pillow: almohada | almohadas | f
pillow: almohada viscoelástica | almohadas viscoelásticas | f
pillow: cojín | cojines | m
conditioner: acondicionador | acondicionadores | m
conditioner: acondicionador para el pelo | acondicionadores para el pelo | m
sunscreen: protector solar | protectores solares | m
sunscreen: crema solar | cremas solares | f
sunscreen: bloqueador solar | bloqueadores solares | m
face cream: crema facial | cremas faciales | f
face cream: crema de cara | cremas de cara | f
face cream: crema antiarrugas | cremas antiarrugas | f
hand wash: jabón líquido | jabones líquidos | m
hand wash: jabón líquido para manos | jabones líquidos para manos | m
body lotion: crema corporal | cremas corporales | f
body lotion: loción corporal | lociones corporales | f
body lotion: body milk | body milk | m
webcam: webcam | webcams | f
webcam: cámara web | cámaras web | f
microwave: microondas | microondas | m
microwave: horno microondas | hornos microondas | m
vacuum cleaner: aspiradora | aspiradoras | f
vacuum cleaner: aspirador | aspiradores | m
vacuum cleaner: robot aspirador | robots aspiradores | m
hair dryer: secador de pelo | secadores de pelo | m
hair dryer: secador | secadores | m
hair dryer: secadora de pelo | secadoras de pelo | f
electric kettle: hervidor de agua | hervidores de agua | m
electric kettle: hervidor eléctrico | hervidores eléctricos | m
electric kettle: tetera eléctrica | teteras eléctricas | f
gaming console: consola | consolas | f
gaming console: videoconsola | videoconsolas | f
gaming console: consola de videojuegos | consolas de videojuegos | f
shorts: pantalón corto | pantalones cortos | m
shorts: bermudas | bermudas | f.pl
shorts: short | shorts | m
pyjamas: pijama | pijamas | m
pyjamas: pijama de invierno | pijamas de invierno | m
gloves: guante | guantes | m
gloves: guante de lana | guantes de lana | m
gloves: guante de cuero | guantes de cuero | m
scarf: bufanda | bufandas | f
scarf: bufanda de lana | bufandas de lana | f
scarf: fular | fulares | m
swimsuit: bañador | bañadores | m
swimsuit: traje de baño | trajes de baño | m
swimsuit: bikini | bikinis | m
belt: cinturón | cinturones | m
belt: cinturón de cuero | cinturones de cuero | m
slippers: zapatilla de casa | zapatillas de casa | f
slippers: pantufla | pantuflas | f
heels: zapato de tacón | zapatos de tacón | m
heels: tacón | tacones | m
heels: zapato de salón | zapatos de salón | m
# corpus v7: the new concepts
garlic: ajo | ajos | m
garlic: cabeza de ajo | cabezas de ajo | f
garlic: ajo morado | ajos morados | m
cucumbers: pepino | pepinos | m
cucumbers: pepino holandés | pepinos holandeses | m
bell peppers: pimiento | pimientos | m
bell peppers: pimiento rojo | pimientos rojos | m
bell peppers: pimiento morrón | pimientos morrones | m
lettuce: lechuga | lechugas | f
lettuce: lechuga iceberg | lechugas iceberg | f
lettuce: lechuga romana | lechugas romanas | f
spinach: espinacas | espinacas | f.pl
spinach: espinacas baby | espinacas baby | f.pl
strawberries: fresa | fresas | f
strawberries: fresón | fresones | m
strawberries: frutilla | frutillas | f
watermelon: sandía | sandías | f
watermelon: sandía sin pepitas | sandías sin pepitas | f
mangoes: mango | mangos | m
pears: pera | peras | f
pears: pera conferencia | peras conferencia | f
peaches: melocotón | melocotones | m
peaches: durazno | duraznos | m
avocados: aguacate | aguacates | m
avocados: palta | paltas | f
pineapple: piña | piñas | f
pineapple: ananá | ananás | m
sweetcorn: maíz dulce | maíces dulces | m
sweetcorn: maíz | maíces | m
peas: guisantes | guisantes | m.pl
peas: arvejas | arvejas | f.pl
peas: chícharos | chícharos | m.pl
oats: avena | avenas | f
oats: avena en hojuelas | avenas en hojuelas | f
crackers: galleta salada | galletas saladas | f
crackers: cracker | crackers | m
popcorn: palomitas | palomitas | f.pl
popcorn: palomitas de maíz | palomitas de maíz | f.pl
popcorn: pochoclo | pochoclos | m
almonds: almendra | almendras | f
almonds: almendra tostada | almendras tostadas | f
raisins: pasa | pasas | f
raisins: uva pasa | uvas pasas | f
cream: nata | natas | f
cream: nata para montar | natas para montar | f
cream: crema de leche | cremas de leche | f
mayonnaise: mayonesa | mayonesas | f
mayonnaise: mayonesa light | mayonesas light | f
mustard: mostaza | mostazas | f
mustard: mostaza de dijon | mostazas de dijon | f
vinegar: vinagre | vinagres | m
vinegar: vinagre de vino | vinagres de vino | m
vinegar: vinagre de manzana | vinagres de manzana | m
soy sauce: salsa de soja | salsas de soja | f
soy sauce: salsa de soya | salsas de soya | f
black pepper: pimienta negra | pimientas negras | f
black pepper: pimienta | pimientas | f
black pepper: pimienta molida | pimientas molidas | f
cake: tarta | tartas | f
cake: pastel | pasteles | m
cake: torta | tortas | f
frozen pizza: pizza congelada | pizzas congeladas | f
frozen pizza: pizza | pizzas | f
soup: sopa | sopas | f
soup: caldo | caldos | m
soup: sopa de sobre | sopas de sobre | f
sardines: sardinas | sardinas | f.pl
sardines: sardinas en aceite | sardinas en aceite | f.pl
prawns: gambas | gambas | f.pl
prawns: camarones | camarones | m.pl
prawns: langostinos | langostinos | m.pl
minced beef: carne picada | carnes picadas | f
minced beef: carne molida | carnes molidas | f
minced beef: carne picada de ternera | carnes picadas de ternera | f
tofu: tofu | tofus | m
bacon: bacon | bacons | m
bacon: beicon | beicons | m
bacon: tocino | tocinos | m
mozzarella: mozzarella | mozzarellas | f
mozzarella: queso mozzarella | quesos mozzarella | m
mozzarella: mozzarella fresca | mozzarellas frescas | f
croissants: cruasán | cruasanes | m
croissants: croissant | croissants | m
croissants: medialuna | medialunas | f
tortillas: tortilla de trigo | tortillas de trigo | f
tortillas: tortilla de maíz | tortillas de maíz | f
tortillas: tortilla | tortillas | f
baby food: potito | potitos | m.count
baby food: papilla | papillas | f
baby food: comida para bebé | comidas para bebé | f
dog food: comida para perros | comidas para perros | f
dog food: pienso para perros | piensos para perros | m
cat food: comida para gatos | comidas para gatos | f
cat food: pienso para gatos | piensos para gatos | m
coconut water: agua de coco | aguas de coco | f.a
iced tea: té helado | tés helados | m
iced tea: té frío | tés fríos | m
hot chocolate: chocolate caliente | chocolates calientes | m
hot chocolate: cacao en polvo | cacaos en polvo | m
hot chocolate: chocolate a la taza | chocolates a la taza | m
almond milk: leche de almendras | leches de almendras | f
almond milk: bebida de almendras | bebidas de almendras | f
whisky: whisky | whiskys | m
whisky: whisky escocés | whiskys escoceses | m
dishwasher tablets: pastilla para el lavavajillas | pastillas para el lavavajillas | f
dishwasher tablets: pastilla de lavavajillas | pastillas de lavavajillas | f
dishwasher tablets: cápsula para lavavajillas | cápsulas para lavavajillas | f
aluminium foil: papel de aluminio | papel de aluminio | m
aluminium foil: papel aluminio | papel aluminio | m
aluminium foil: papel albal | papel albal | m
napkins: servilleta | servilletas | f
napkins: servilleta de papel | servilletas de papel | f
air freshener: ambientador | ambientadores | m
air freshener: ambientador en spray | ambientadores en spray | m
air freshener: aromatizante | aromatizantes | m
glass cleaner: limpiacristales | limpiacristales | m
glass cleaner: limpiavidrios | limpiavidrios | m
broom: escoba | escobas | f
mop: fregona | fregonas | f
mop: mopa | mopas | f
mop: trapeador | trapeadores | m
bucket: cubo | cubos | m
bucket: balde | baldes | m
bucket: cubo de fregar | cubos de fregar | m
hangers: percha | perchas | f
hangers: gancho para ropa | ganchos para ropa | m
plates: plato | platos | m
plates: plato llano | platos llanos | m
plates: plato hondo | platos hondos | m
mugs: taza | tazas | f
mugs: tazón | tazones | m
kitchen knife: cuchillo de cocina | cuchillos de cocina | m
kitchen knife: cuchillo | cuchillos | m
blanket: manta | mantas | f
blanket: cobija | cobijas | f
blanket: frazada | frazadas | f
bedsheets: juego de sábanas | juegos de sábanas | m
bedsheets: sábana | sábanas | f
bedsheets: sábana bajera | sábanas bajeras | f
curtains: cortina | cortinas | f
curtains: cortina opaca | cortinas opacas | f
lamp: lámpara | lámparas | f
lamp: lámpara de pie | lámparas de pie | f
lamp: lámpara de escritorio | lámparas de escritorio | f
mouthwash: enjuague bucal | enjuagues bucales | m
mouthwash: colutorio | colutorios | m
shaving foam: espuma de afeitar | espumas de afeitar | f
shaving foam: gel de afeitar | geles de afeitar | m
hair oil: aceite para el pelo | aceites para el pelo | m
hair oil: aceite capilar | aceites capilares | m
perfume: perfume | perfumes | m
perfume: colonia | colonias | f
lipstick: pintalabios | pintalabios | m
lipstick: barra de labios | barras de labios | f
lipstick: labial | labiales | m
nail polish: esmalte de uñas | esmaltes de uñas | m
nail polish: pintaúñas | pintaúñas | m
nail polish: laca de uñas | lacas de uñas | f
wet wipes: toallita húmeda | toallitas húmedas | f
wet wipes: toallita | toallitas | f
hand sanitizer: gel hidroalcohólico | geles hidroalcohólicos | m
hand sanitizer: gel antibacterial | geles antibacteriales | m
hand sanitizer: desinfectante de manos | desinfectantes de manos | m
comb: peine | peines | m
vitamins: vitamina | vitaminas | f
vitamins: vitamina c | vitaminas c | f
vitamins: multivitamínico | multivitamínicos | m
plasters: tirita | tiritas | f
plasters: curita | curitas | f
plasters: apósito | apósitos | m
projector: proyector | proyectores | m
projector: proyector portátil | proyectores portátiles | m
ereader: libro electrónico | libros electrónicos | m
ereader: lector de libros electrónicos | lectores de libros electrónicos | m
ereader: ereader | ereaders | m
drone: dron | drones | m
drone: dron con cámara | drones con cámara | m
power strip: regleta | regletas | f
power strip: alargador | alargadores | m
power strip: multicontacto | multicontactos | m
iron: plancha | planchas | f
iron: plancha de vapor | planchas de vapor | f
blender: batidora | batidoras | f
blender: licuadora | licuadoras | f
blender: batidora de vaso | batidoras de vaso | f
toaster: tostadora | tostadoras | f
toaster: tostador | tostadores | m
coffee machine: cafetera | cafeteras | f
coffee machine: cafetera de cápsulas | cafeteras de cápsulas | f
coffee machine: cafetera express | cafeteras express | f
fan: ventilador | ventiladores | m
fan: ventilador de techo | ventiladores de techo | m
fan: ventilador de pie | ventiladores de pie | m
heater: calefactor | calefactores | m
heater: estufa | estufas | f
heater: radiador | radiadores | m
air fryer: freidora de aire | freidoras de aire | f
air fryer: freidora sin aceite | freidoras sin aceite | f
air fryer: air fryer | air fryers | f
washing machine: lavadora | lavadoras | f
washing machine: lavarropas | lavarropas | m
fridge: nevera | neveras | f
fridge: frigorífico | frigoríficos | m
fridge: refrigerador | refrigeradores | m
microphone: micrófono | micrófonos | m
microphone: micrófono inalámbrico | micrófonos inalámbricos | m
ink cartridge: cartucho de tinta | cartuchos de tinta | m
ink cartridge: cartucho | cartuchos | m
ink cartridge: tóner | tóneres | m
coat: abrigo | abrigos | m
coat: abrigo de lana | abrigos de lana | m
coat: plumífero | plumíferos | m
blouse: blusa | blusas | f
leggings: mallas | mallas | f.pl
leggings: leggings | leggings | m.pl
leggings: calzas | calzas | f.pl
tie: corbata | corbatas | f
hat: sombrero | sombreros | m
hat: gorro | gorros | m
raincoat: chubasquero | chubasqueros | m
raincoat: impermeable | impermeables | m
suit: traje | trajes | m
suit: traje de chaqueta | trajes de chaqueta | m
sunglasses: gafas de sol | gafas de sol | f.pl
sunglasses: lentes de sol | lentes de sol | m.pl
sunglasses: anteojos de sol | anteojos de sol | m.pl
watch: reloj | relojes | m
watch: reloj de pulsera | relojes de pulsera | m
backpack: mochila | mochilas | f
handbag: bolso | bolsos | m
handbag: bolso de mano | bolsos de mano | m
wallet: cartera | carteras | f
wallet: billetera | billeteras | f
umbrella: paraguas | paraguas | m
umbrella: paraguas plegable | paraguas plegables | m
flip flops: chancleta | chancletas | f
flip flops: chancla de dedo | chanclas de dedo | f
flip flops: sandalia de dedo | sandalias de dedo | f
loafers: mocasín | mocasines | m
ballet flats: bailarina | bailarinas | f
ballet flats: manoletina | manoletinas | f
formal shoes: zapato de vestir | zapatos de vestir | m
formal shoes: zapato formal | zapatos formales | m
"""

UNITS = """
kilo: kilo | kilos | m
bag: bolsa | bolsas | f
pack: paquete | paquetes | m
box: caja | cajas | f
dozen: docena | docenas | f
carton: brik | briks | m
bottle: botella | botellas | f
litre: litro | litros | m
can: lata | latas | f
jar: bote | botes | m
tube: tubo | tubos | m
pair: par | pares | m
kilo: kilogramo | kilogramos | m
pack: pack | packs | m
carton: cartón | cartones | m
carton: tetrabrik | tetrabriks | m
jar: tarro | tarros | m
jar: frasco | frascos | m
"""

COLOURS = """
negro/negra/negros/negras
blanco/blanca/blancos/blancas
rojo/roja/rojos/rojas
azul/azules
azul marino
verde/verdes
gris/grises
rosa
morado/morada/morados/moradas
amarillo/amarilla/amarillos/amarillas
plateado/plateada/plateados/plateadas
dorado/dorada/dorados/doradas
marrón/marrones
beige
naranja
azul claro
azul oscuro
azul cielo
azul eléctrico
celeste/celestes
verde oscuro
verde claro
verde militar
verde menta
verde botella
gris claro
gris oscuro
gris espacial
rojo oscuro
granate/granates
burdeos
blanco roto
rosa palo
turquesa
lila
violeta/violetas
fucsia
crema
caqui
coral
mostaza
negro mate
"""

SIZES = {
    "wear": "s\nm\nl\nxl\nxxl\npequeña\nmediana\ngrande\n38\n40\n42\n44",
    "shoes": "37\n38\n39\n40\n41\n42\n43\n44\n45\ncuarenta y uno",  # 41 in words: num2words gives no "cuarenta y uno"
}
SIZE_UNITS = {"gb": "{} gigas", "tb": "{} teras", "inch": "{} pulgadas"}

NUMBERS = {1: {"m": "un", "f": "una", "f.a": "un"}, 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete",
           8: "ocho", 9: "nueve", 10: "diez", 11: "once", 12: "doce", 15: "quince", 20: "veinte", 24: "veinticuatro",
           25: "veinticinco", 30: "treinta", 50: "cincuenta", 100: "cien"}
PRICE_FORMATS = ["{} euros", "{} euros", "{} dólares", "{} pavos", "{}"]
CURRENCY_SCALE = 1.0

DATES = {
    # "el|lunes": the article stays outside the entity, so "de el" can contract to "del lunes"
    "past": "ayer\nanteayer\nla semana pasada\nel|lunes\nel|martes pasado\nhace dos días\nel|mes pasado\n"
            "esta mañana\nanoche\nel|viernes\nhace una semana\n"
            "antes de ayer\nayer por la tarde\nayer por la mañana\nayer por la noche\nel|lunes pasado\n"
            "el|miércoles\nel|jueves pasado\nel|sábado pasado\nel|domingo\nel|otro día\nhace tres días\n"
            "hace quince días\nhace un mes\nel|fin de semana pasado\nla última vez\nla otra vez\n"
            "el|black friday\nel|día de reyes\nel|quince de enero\nel|viernes por la tarde\neste lunes\n"
            "hace un rato\nantes de navidad",
    "future": "hoy\nmañana\neste fin de semana\nel|domingo\nel|sábado\nla semana que viene\nesta noche\n"
              "este viernes\nen navidad\n"
              "pasado mañana\nmañana por la mañana\nmañana por la tarde\nesta tarde\nel|lunes\n"
              "el|lunes que viene\nel|próximo martes\nel|miércoles\nel|jueves\nel|viernes\n"
              "el|viernes que viene\nel|sábado por la mañana\nel|mes que viene\na final de mes\n"
              "a fin de mes\nel|fin de semana\nla próxima semana\ndentro de dos días\nen nochebuena\n"
              "en nochevieja\nen semana santa\nel|black friday\nel|día de reyes\n"
              "esta semana\nmañana a primera hora",
    # {date:day}: days a list or a deal is for, said after "para" / "de" ("para el sábado", "ofertas de hoy")
    "day": "hoy\nmañana\npasado mañana\nesta noche\nesta semana\neste fin de semana\nel|fin de semana\n"
           "el|sábado\nel|domingo\nel|lunes\nel|viernes\nla semana que viene\nnavidad\nnochebuena\n"
           "el|black friday",
}

STORES = """
gran vía
plaza españa
nervión
triana
moncloa
chamberí
diagonal mar
paseo de gracia
la vaguada
plaza cataluña
alcalá
callao
goya
castellana
chamartín
las rozas
alcobendas
getafe
ruzafa
sants
puerta del sol
avenida de américa
marineda
"""

# {store:chain}: a chain at one of the STORES; "el|..." leaves the article out of the span
STORE_CHAINS = """
el|mercadona de {}
el|carrefour de {}
el|dia de {}
el|lidl de {}
el|alcampo de {}
el|eroski de {}
el|aldi de {}
el|consum de {}
el|hipercor de {}
el|corte inglés de {}
el|mediamarkt de {}
el|decathlon de {}
la|fnac de {}
"""

PARTS = {
    "please": "por favor\nporfa\nsi puedes",
    "want": "quiero\nnecesito\nme gustaría\nquisiera",
    "find": "búscame\nbusca\nmuéstrame\nenséñame\nquiero ver\nestoy buscando\ntienes\nhay\nme buscas",
    "add": "añade\nagrega\npon\nmete\nañádeme\néchame",
    "cart": "al carrito\na la cesta\nen el carrito\na mi carrito\nen la cesta",
    "remove": "quita\nelimina\nborra\nsaca\nquítame",
    "from_cart": "del carrito\nde la cesta\nde mi carrito",
    "my_order": "mi pedido\nmi paquete\nel pedido\nmi compra\nmi envío",
    "list": "la lista de la compra\nmi lista\nmi lista de deseos\nla lista",
    # feminine only: "está abierta <store>" agrees with it
    "store": "la tienda de {store}\nvuestra tienda de {store}\nla tienda que está en {store}\n{store:chain}",
    "cheap": "por menos de {price_max}\nde menos de {price_max}\nentre {price_min:bare} y {price_max}\n"
             "entre {price_min} y {price_max}\nde {price_min:bare} a {price_max}\n"
             "de más de {price_min}\nhasta {price_max}\nque no pasen de {price_max}",
    "size_wear": "talla {size}\nen talla {size}\nde la talla {size}",
    "size_shoes": "talla {size}\nen el {size}\ndel número {size}\nen un {size}",
    "size_storage": "de {size}\ncon {size}",
    "size_screen": "de {size}",
}

AGREE = {
    "el": "el/la/los/las; f.sg.a=el",
    "un": "un/una/unos/unas; f.sg.a=un; mass=",
    "del": "del/de la/de los/de las; f.sg.a=del",
    "al": "al/a la/a los/a las; f.sg.a=al",
    "este": "este/esta/estos/estas",
    "ese": "ese/esa/esos/esas",
    "lo": "lo/la/los/las",
    "mi": "mi/mis",
    "está": "está/están",
    "cuesta": "cuesta/cuestan",
    "es": "es/son",
    "viene": "viene/vienen",
    "llegó": "llegó/llegaron",
    "ha": "ha/han",
    "otro": "otro/otra/otros/otras",
    "queda": "queda/quedan",
    "roto": "roto/rota/rotos/rotas",
    "caducado": "caducado/caducada/caducados/caducadas",
    "pedido": "pedido/pedida/pedidos/pedidas",
    "barato": "barato/barata/baratos/baratas",
    "nuevo": "nuevo/nueva/nuevos/nuevas",
    "tiene": "tiene/tienen",
    "disponible": "disponible/disponibles",
    "caduca": "caduca/caducan",
    "sale": "sale/salen",
    "acabó": "acabó/acabaron",
    "llega": "llega/llegan",
    "pídelo": "pídelo/pídela/pídelos/pídelas",
    "sácalo": "sácalo/sácala/sácalos/sácalas",
    "devolverlo": "devolverlo/devolverla/devolverlos/devolverlas",
    "añádelo": "añádelo/añádela/añádelos/añádelas",
    "guárdalo": "guárdalo/guárdala/guárdalos/guárdalas",
    "quítalo": "quítalo/quítala/quítalos/quítalas",
    "apúntalo": "apúntalo/apúntala/apúntalos/apúntalas",
    "caro": "caro/cara/caros/caras",
    "equivocado": "equivocado/equivocada/equivocados/equivocadas",
    "defectuoso": "defectuoso/defectuosa/defectuosos/defectuosas",
    "cuánto": "cuánto/cuánta/cuántos/cuántas",
    "sea": "sea/sean",
    "interesa": "interesa/interesan",
    "hace": "hace/hacen",
    "funciona": "funciona/funcionan",
    "vino": "vino/vinieron",
    "vale": "vale/valen",
    "compatible": "compatible/compatibles",
    "talla": "talla/tallan",
    "falta": "falta/faltan",
    "baje": "baje/bajen",
    "tu": "tu/tus",
    "rebajado": "rebajado/rebajada/rebajados/rebajadas",
    "sirve": "sirve/sirven",
    "impermeable": "impermeable/impermeables",
    "pequeño": "pequeño/pequeña/pequeños/pequeñas",
    "grande": "grande/grandes",
    "puede": "puede/pueden",
}

PREFIXES = """
eh
oye
mmm
bueno
pues
a ver
oye asistente
hola
"""
SUFFIXES = """
por favor
porfa
gracias
porfa gracias
"""

ONE_IS_ARTICLE = True


def contract(prev: str, word: str, nxt: str) -> str | None:
    """de el -> del, a el -> al (only untagged words: "el" before a date, never inside an entity)."""
    if word in ("de", "a") and nxt == "el":
        return word[0] + "el" if word == "de" else "al"
    if word == "el" and prev in ("del", "al"):
        return ""
    return None
