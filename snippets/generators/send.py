# /// script
# requires-python = ">=3.11"
# ///
def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average  # (1)!
        except ValueError:  # (2)!
            print("  reset")
            total = count = 0
            average = None
            continue
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))  # (3)!
print(avg.send(10))
print(avg.send(20))
print(avg.throw(ValueError("bad reading")))  # (4)!
print(avg.send(60))
avg.close()  # (5)!
