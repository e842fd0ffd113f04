ñ = 'ñ'
日本 = "日本語"
x = ñ + 日本
def función(año=1): return año
class Ünïcode: pass
s = '''multi
ñ line'''