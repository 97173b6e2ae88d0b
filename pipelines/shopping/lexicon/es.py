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
"""

SIZES = {
    "wear": "s\nm\nl\nxl\nxxl\npequeña\nmediana\ngrande\n38\n40\n42\n44",
    "shoes": "37\n38\n39\n40\n41\n42\n43\n44\n45",
}
SIZE_UNITS = {"gb": "{} gigas", "tb": "{} teras", "inch": "{} pulgadas"}

NUMBERS = {1: {"m": "un", "f": "una", "f.a": "un"}, 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez",
           12: "doce", 24: "veinticuatro"}
PRICE_FORMATS = ["{} euros", "{} euros", "{} dólares", "{} pavos", "{}"]
CURRENCY_SCALE = 1.0

DATES = {
    # "el|lunes": the article stays outside the entity, so "de el" can contract to "del lunes"
    "past": "ayer\nanteayer\nla semana pasada\nel|lunes\nel|martes pasado\nhace dos días\nel|mes pasado\n"
            "esta mañana\nanoche\nel|viernes\nhace una semana",
    "future": "hoy\nmañana\neste fin de semana\nel|domingo\nel|sábado\nla semana que viene\nesta noche\n"
              "este viernes\nen navidad",
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
"""

# {store:chain}: a chain at one of the STORES; "el|..." leaves the article out of the span
STORE_CHAINS = """
el|mercadona de {}
el|carrefour de {}
el|dia de {}
el|lidl de {}
el|alcampo de {}
el|eroski de {}
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
