"""Portuguese words (Brazilian: "celular", "tênis", "pix", "ele" as a spoken object pronoun)."""

PRODUCTS = """
rice: arroz | arrozes | m
flour: farinha de trigo | farinhas de trigo | f
sugar: açúcar | açúcares | m
salt: sal | sais | m
apples: maçã | maçãs | f
bananas: banana | bananas | f
oranges: laranja | laranjas | f
potatoes: batata | batatas | f
onions: cebola | cebolas | f
tomatoes: tomate | tomates | m
eggs: ovo | ovos | m
bread: pão de forma | pães de forma | m.mass
bread: pão francês | pães franceses | m
butter: manteiga | manteigas | f
cheese: queijo | queijos | m
cheese: queijo muçarela | queijos muçarela | m
yogurt: iogurte | iogurtes | m
coffee: café | cafés | m
coffee: café em pó | cafés em pó | m
tea: chá | chás | m
tea: chá verde | chás verdes | m
pasta: macarrão | macarrões | m
cereal: cereal | cereais | m
biscuits: biscoito | biscoitos | m
biscuits: bolacha | bolachas | f
chips: salgadinho | salgadinhos | m
chocolate: chocolate | chocolates | m
chicken: peito de frango | peitos de frango | m.mass
tuna: atum | atuns | m
beans: feijão | feijões | m.mass
lentils: lentilha | lentilhas | f
noodles: macarrão instantâneo | macarrões instantâneos | m.mass
honey: mel | méis | m
oil: azeite | azeites | m
oil: óleo de soja | óleos de soja | m
milk: leite | leites | m
milk: leite desnatado | leites desnatados | m
water: água | águas | f
water: água com gás | águas com gás | f
juice: suco de laranja | sucos de laranja | m
juice: suco de uva | sucos de uva | m
soda: refrigerante | refrigerantes | m
beer: cerveja | cervejas | f
wine: vinho tinto | vinhos tintos | m
detergent: sabão em pó | sabões em pó | m
toilet paper: papel higiênico | papéis higiênicos | m
paper towels: papel toalha | papéis toalha | m.mass
dish soap: detergente | detergentes | m
trash bags: saco de lixo | sacos de lixo | m
batteries: pilha | pilhas | f
light bulbs: lâmpada | lâmpadas | f
shampoo: xampu | xampus | m
soap: sabonete | sabonetes | m
toothpaste: pasta de dente | pastas de dente | f
toothbrush: escova de dente | escovas de dente | f
diapers: fralda | fraldas | f
deodorant: desodorante | desodorantes | m
razors: lâmina de barbear | lâminas de barbear | f
phone: celular | celulares | m
phone: smartphone | smartphones | m
laptop: notebook | notebooks | m
headphones: fone de ouvido | fones de ouvido | m
headphones: fone bluetooth | fones bluetooth | m
tv: televisão | televisões | f
tv: tv | tvs | f
tablet: tablet | tablets | m
charger: carregador | carregadores | m
phone case: capinha de celular | capinhas de celular | f
mouse: mouse | mouses | m
keyboard: teclado | teclados | m
monitor: monitor | monitores | m
printer: impressora | impressoras | f
speaker: caixa de som | caixas de som | f
camera: câmera | câmeras | f
smartwatch: relógio inteligente | relógios inteligentes | m
smartwatch: smartwatch | smartwatches | m
memory card: cartão de memória | cartões de memória | m
cable: cabo usb | cabos usb | m
power bank: carregador portátil | carregadores portáteis | m
hard drive: hd externo | hds externos | m
usb drive: pen drive | pen drives | m
router: roteador | roteadores | m
tshirt: camiseta | camisetas | f
shirt: camisa | camisas | f
jeans: calça jeans | calças jeans | f
trousers: calça | calças | f
dress: vestido | vestidos | m
skirt: saia | saias | f
jacket: jaqueta | jaquetas | f
sweater: blusa de frio | blusas de frio | f
hoodie: moletom | moletons | m
socks: meia | meias | f
cap: boné | bonés | m
sneakers: tênis | tênis | m
running shoes: tênis de corrida | tênis de corrida | m
boots: bota | botas | f
sandals: sandália | sandálias | f
sandals: chinelo | chinelos | m
"""

UNITS = """
kilo: quilo | quilos | m
bag: saco | sacos | m
pack: pacote | pacotes | m
box: caixa | caixas | f
dozen: dúzia | dúzias | f
carton: caixinha | caixinhas | f
bottle: garrafa | garrafas | f
litre: litro | litros | m
can: lata | latas | f
jar: pote | potes | m
tube: tubo | tubos | m
pair: par | pares | m
"""

COLOURS = """
preto/preta/pretos/pretas
branco/branca/brancos/brancas
vermelho/vermelha/vermelhos/vermelhas
azul/azuis
azul-marinho
verde/verdes
cinza
rosa
roxo/roxa/roxos/roxas
amarelo/amarela/amarelos/amarelas
prateado/prateada/prateados/prateadas
dourado/dourada/dourados/douradas
marrom/marrons
bege
laranja
"""

SIZES = {
    "wear": "p\nm\ng\ngg\n38\n40\n42\n44",
    "shoes": "35\n36\n37\n38\n39\n40\n41\n42\n43\n44",
}
SIZE_UNITS = {"gb": "{} giga", "tb": "{} tera", "inch": "{} polegadas"}

NUMBERS = {1: {"m": "um", "f": "uma"}, 2: {"m": "dois", "f": "duas"}, 3: "três", 4: "quatro", 5: "cinco",
           6: "seis", 10: "dez", 12: "doze", 24: "vinte e quatro"}
PRICE_FORMATS = ["{} reais", "{} reais", "{} conto", "{}"]
CURRENCY_SCALE = 5.0

DATES = {
    "past": "ontem\nanteontem\nsemana passada\nna|segunda\nsexta passada\nhá dois dias\nmês passado\n"
            "hoje de manhã\nontem à noite\nna|terça",
    "future": "hoje\namanhã\nesse fim de semana\nno|domingo\nno|sábado\nsemana que vem\nhoje à noite\nessa sexta\n"
              "no|feriado",
}

STORES = """
pinheiros
copacabana
moema
ipanema
botafogo
higienópolis
perdizes
santana
niterói
campinas
"""

# {store:chain}: a chain at one of the STORES; "el|..." leaves the article out of the span
STORE_CHAINS = """
o|continente de {}
o|pingo doce de {}
o|lidl de {}
o|carrefour de {}
o|auchan de {}
o|extra de {}
"""

PARTS = {
    "please": "por favor\npor gentileza\nse faz favor",
    "find": "me mostra\nprocura\nbusca\nquero ver\ntô procurando\nestou procurando\ntem\nvocês têm\nhá",
    "add": "adiciona\ncoloca\npõe\nbota\njoga\nacrescenta",
    "cart": "no carrinho\nno meu carrinho\nna cesta\nno cesto\nao carrinho",
    "remove": "tira\nremove\nexclui\napaga\nretira",
    "from_cart": "do carrinho\ndo meu carrinho\ndo cesto",
    "my_order": "meu pedido\nminha encomenda\no pedido\nminha compra\na minha encomenda",
    "store": "a loja de {store}\nsua loja de {store}\na unidade de {store}\n{store:chain}",
    "cheap": "por menos de {price_max}\nabaixo de {price_max}\nentre {price_min:bare} e {price_max}\n"
             "acima de {price_min}\naté {price_max}",
    "size_wear": "tamanho {size}\nno tamanho {size}",
    "size_shoes": "número {size}\ntamanho {size}",
    "size_storage": "de {size}\ncom {size}",
    "size_screen": "de {size}",
}

AGREE = {
    "o": "o/a/os/as",
    "um": "um/uma/uns/umas; mass=",
    "do": "do/da/dos/das",
    "no": "no/na/nos/nas",
    "esse": "esse/essa/esses/essas",
    "ele": "ele/ela/eles/elas",
    "quais": "qual/quais",
    "está": "está/estão",
    "tá": "tá/tão",
    "custa": "custa/custam",
    "é": "é/são",
    "tem": "tem/têm",
    "foi": "foi/foram",
    "chega": "chega/chegam",
    "chegou": "chegou/chegaram",
    "veio": "veio/vieram",
    "sai": "sai/saem",
    "serviu": "serviu/serviram",
    "acabou": "acabou/acabaram",
    "veste": "veste/vestem",
    "barato": "barato/barata/baratos/baratas",
    "novo": "novo/nova/novos/novas",
    "disponível": "disponível/disponíveis",
    "quebrado": "quebrado/quebrada/quebrados/quebradas",
    "vencido": "vencido/vencida/vencidos/vencidas",
    "enviado": "enviado/enviada/enviados/enviadas",
    "caro": "caro/cara/caros/caras",
    "errado": "errado/errada/errados/erradas",
    "bom": "bom/boa/bons/boas",
    "outro": "outro/outra/outros/outras",
    "quanto": "quanto/quanta/quantos/quantas",
    "seja": "seja/sejam",
    "saiu": "saiu/saíram",
    "funciona": "funciona/funcionam",
    "parou": "parou/pararam",
    "fica": "fica/ficam",
    "compatível": "compatível/compatíveis",
    "vem": "vem/vêm",
    "baixar": "baixar/baixarem",
    "serve": "serve/servem",
    "seu": "seu/sua/seus/suas",
}

PREFIXES = """
bom
ah
então
olha
hum
oi
ei
"""
SUFFIXES = """
por favor
valeu
obrigado
obrigada
"""

ONE_IS_ARTICLE = True
