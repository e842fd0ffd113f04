# an uncaught custom exception with a custom __str__ and module-level traceback
class Boom(Exception):
    def __str__(self):
        return "boom: " + self.args[0]
print("before")
raise Boom("kaput")
